package no.samspill.fhir;

import static no.samspill.fhir.FhirValues.blankToNull;
import static no.samspill.fhir.FhirValues.choice;
import static no.samspill.fhir.FhirValues.date;
import static no.samspill.fhir.FhirValues.name;
import static no.samspill.fhir.FhirValues.number;
import static no.samspill.fhir.FhirValues.telecom;
import static no.samspill.fhir.FhirValues.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samspill.identifiers.HprNumber;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.identifiers.OrganisationNumber;
import no.samspill.person.EmploymentDetails;
import no.samspill.person.NearestLeader;
import no.samspill.person.PatientDetails;
import no.samspill.referral.ComplaintGroup;
import no.samspill.referral.DiagnosisCode;
import no.samspill.referral.NewReferral;
import no.samspill.referral.ReferredSickLeave;
import no.samspill.referral.Referrer;
import no.samspill.referral.ReferrerKind;
import no.samspill.referral.SickLeaveStatus;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.InvalidInputException;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * A posted ServiceRequest (with the Patient and Practitioner it contains) read into a {@link NewReferral}: the inverse
 * of {@link FhirMapping#serviceRequest} where the two overlap. Parsing only; every problem is recorded in the caller's
 * {@link FieldErrors} under the FHIR path at fault, and the intake rules ({@link NewReferral#check}) are applied with
 * their fields renamed to FHIR paths too. The accepted shape is documented on {@link ServiceRequestProvider}.
 */
final class ServiceRequestIntake {

    static final String EMPLOYER_RELATIONSHIP = "http://terminology.hl7.org/CodeSystem/v2-0131";
    static final String OCCUPATION = FhirMapping.EXTENSIONS + "occupation";
    /** The nearest leader's log-in identity: valueIdentifier with a national ID system or {@link #USERNAME_SYSTEM}. */
    static final String NEAREST_LEADER = FhirMapping.EXTENSIONS + "nearest-leader";
    static final String USERNAME_SYSTEM = "https://samspill.no/fhir/NamingSystem/username";

    private static final String SICK_LEAVE_PATH = "ServiceRequest.extension('" + FhirMapping.SICK_LEAVE + "')";
    private static final String EMPLOYER_PATH = "Patient.contact";

    /** Where the intake rules' fields are in the resource. */
    private static final Map<String, String> PATHS = Map.ofEntries(
            Map.entry("referrer.hpr", "ServiceRequest.requester.identifier"),
            Map.entry("referrer.name", "ServiceRequest.requester.display"),
            Map.entry("referrer.organisation", "ServiceRequest.requester"),
            Map.entry("receivedOn", "ServiceRequest.authoredOn"),
            Map.entry("sickLeave.status", SICK_LEAVE_PATH + ".extension('status')"),
            Map.entry("sickLeave.grade", SICK_LEAVE_PATH + ".extension('grade')"),
            Map.entry("sickLeave.since", SICK_LEAVE_PATH + ".extension('since')"),
            Map.entry("patient.nationalId", "Patient.identifier"),
            Map.entry("patient.givenName", "Patient.name.given"),
            Map.entry("patient.familyName", "Patient.name.family"),
            Map.entry("patient.phone", "Patient.telecom"),
            Map.entry("patient.email", "Patient.telecom"),
            Map.entry("employment.employerName", EMPLOYER_PATH + ".organization.display"),
            Map.entry("employment.occupation", EMPLOYER_PATH + ".extension('" + OCCUPATION + "')"),
            Map.entry("employment.leaderName", EMPLOYER_PATH + ".name"),
            Map.entry("employment.leaderPhone", EMPLOYER_PATH + ".telecom"),
            Map.entry("employment.leaderEmail", EMPLOYER_PATH + ".telecom"),
            Map.entry("employment.nearestLeader", EMPLOYER_PATH + ".extension('" + NEAREST_LEADER + "')"));

    /** Patients already in Samspill, as the user may see them (empty for one they may not see, as for none). */
    interface KnownPatients {
        Optional<PatientDetails> byId(UUID personId);

        Optional<PatientDetails> byNationalId(NationalIdNumber nationalId);
    }

    private final String userClinic;
    private final String coordinator;
    private final LocalDate today;
    private final KnownPatients known;

    /**
     * @param userClinic  the organisation the user acts for: the receiving clinic unless the request names another
     * @param coordinator who coordinates the pathway (may be null: the clinic assigns one later)
     */
    ServiceRequestIntake(String userClinic, String coordinator, LocalDate today, KnownPatients known) {
        this.userClinic = userClinic;
        this.coordinator = coordinator;
        this.today = today;
        this.known = known;
    }

    NewReferral read(ServiceRequest request, FieldErrors errors) {
        errors.check(request.getStatus() == ServiceRequest.ServiceRequestStatus.ACTIVE, "ServiceRequest.status",
                "must be 'active' (a new referral)");
        errors.check(request.getIntent() == ServiceRequest.ServiceRequestIntent.ORDER, "ServiceRequest.intent",
                "must be 'order'");
        errors.check(!request.hasModifierExtension(), "ServiceRequest.modifierExtension",
                "Samspill does not understand modifier extensions");
        Subject subject = subject(request.getSubject(), errors);
        Referrer referrer = requester(request.getRequester(), errors);
        OrganisationNumber clinic = performer(request.getPerformer(), errors);
        LocalDate receivedOn = request.getAuthoredOnElement().isEmpty() ? today
                : date(request.getAuthoredOnElement(), "ServiceRequest.authoredOn", errors);
        ReferredSickLeave sickLeave = sickLeave(request.getExtensionByUrl(FhirMapping.SICK_LEAVE), errors);
        ComplaintGroup complaintGroup = complaintGroup(request, errors);
        DiagnosisCode diagnosis = diagnosis(request, errors);
        String triedSoFar = note(request, FhirMapping.TRIED_SO_FAR, errors);
        String workGoal = note(request, FhirMapping.WORK_GOAL, errors);
        request.getNote().stream().map(n -> n.getText() == null ? "" : n.getText())
                .filter(t -> !t.startsWith(FhirMapping.TRIED_SO_FAR) && !t.startsWith(FhirMapping.WORK_GOAL))
                .findFirst().ifPresent(t -> errors.add("ServiceRequest.note", "each note starts with '"
                        + FhirMapping.TRIED_SO_FAR + "' or '" + FhirMapping.WORK_GOAL + "'"));

        NewReferral referral = new NewReferral(clinic == null ? null : clinic.value(), referrer,
                subject == null ? null : subject.patient(), subject == null ? null : subject.employment(), receivedOn,
                sickLeave, complaintGroup, diagnosis, triedSoFar, workGoal, coordinator);
        FieldErrors rules = new FieldErrors();
        referral.check(rules, today);
        try {
            rules.throwIfAny();
        } catch (InvalidInputException broken) {
            broken.problems().forEach(p -> errors.add(PATHS.getOrDefault(p.field(), p.field()), p.message()));
        }
        return referral;
    }

    private record Subject(PatientDetails patient, EmploymentDetails employment) {
    }

    /** A contained Patient ({@code #p}), a Patient of ours ({@code Patient/{id}}) or the identifier of one. */
    private Subject subject(Reference subject, FieldErrors errors) {
        String path = "ServiceRequest.subject";
        String reference = subject.getReference();
        if (reference != null && reference.startsWith("#")) {
            if (!(subject.getResource() instanceof Patient patient)) {
                errors.add(path, reference + " is not a contained Patient");
                return null;
            }
            return contained(patient, errors);
        }
        String unknown = "not known: send the patient as a contained Patient with identifier and name";
        if (reference != null) {
            if (!reference.startsWith("Patient/")) {
                errors.add(path, "must be a Patient");
                return null;
            }
            Optional<PatientDetails> patient = FhirIds.uuid(reference.substring("Patient/".length()))
                    .flatMap(known::byId);
            if (patient.isEmpty()) {
                errors.add(path, reference + " is " + unknown);
                return null;
            }
            return new Subject(patient.get(), null);
        }
        if (subject.hasIdentifier()) {
            NationalIdNumber number = nationalId(List.of(subject.getIdentifier()), path + ".identifier", errors);
            if (number == null) {
                return null;
            }
            Optional<PatientDetails> patient = known.byNationalId(number);
            if (patient.isEmpty()) {
                errors.add(path + ".identifier", "the patient is " + unknown);
                return null;
            }
            return new Subject(patient.get(), null);
        }
        errors.add(path, "required: a contained Patient (#p), Patient/{id} or the patient's identifier");
        return null;
    }

    private static Subject contained(Patient patient, FieldErrors errors) {
        NationalIdNumber number = nationalId(patient.getIdentifier(), "Patient.identifier", errors);
        if (number != null && patient.hasBirthDate()) {
            LocalDate birthDate = date(patient.getBirthDateElement(), "Patient.birthDate", errors);
            errors.check(birthDate == null || birthDate.equals(number.birthDate()), "Patient.birthDate",
                    "does not match the national ID number");
        }
        HumanName name = patient.getName().stream().filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL).findFirst()
                .orElse(patient.getNameFirstRep());
        String given = blankToNull(String.join(" ", name.getGiven().stream().map(g -> g.getValue())
                .filter(g -> g != null && !g.isBlank()).map(String::trim).toList()));
        PatientDetails details = new PatientDetails(number, given, blankToNull(name.getFamily()),
                telecom(patient.getTelecom(), ContactPoint.ContactPointSystem.PHONE),
                telecom(patient.getTelecom(), ContactPoint.ContactPointSystem.EMAIL));
        List<Patient.ContactComponent> employers = patient.getContact().stream()
                .filter(c -> c.getRelationship().stream().anyMatch(r -> r.hasCoding(EMPLOYER_RELATIONSHIP, "E")))
                .toList();
        errors.check(employers.size() <= 1, EMPLOYER_PATH, "one employer (relationship E) only");
        return new Subject(details, employers.size() == 1 ? employment(employers.get(0), errors) : null);
    }

    /** The one identifier with a national ID system (fødselsnummer, D-number, H-number), valid and of its kind. */
    private static NationalIdNumber nationalId(List<Identifier> identifiers, String path, FieldErrors errors) {
        List<Identifier> ours = identifiers.stream().filter(i -> NationalIdNumber.isFhirSystem(i.getSystem())).toList();
        if (ours.size() != 1) {
            errors.add(path, ours.isEmpty()
                    ? "required: a national ID number (urn:oid:2.16.578.1.12.4.1.4.1) or D-number (…4.2)"
                    : "one national ID number only");
            return null;
        }
        Identifier identifier = ours.get(0);
        NationalIdNumber number = errors.required(path, identifier.getValue(), NationalIdNumber::parse);
        if (number != null && !number.fhirSystem().equals(identifier.getSystem())) {
            errors.add(path, "a number of this kind has the system " + number.fhirSystem());
            return null;
        }
        return number;
    }

    private static EmploymentDetails employment(Patient.ContactComponent contact, FieldErrors errors) {
        String path = EMPLOYER_PATH + ".organization";
        Reference organisation = contact.getOrganization();
        String raw = number(organisation, "Organization", OrganisationNumber.SYSTEM,
                "required: the employer's organisation number", path, errors);
        OrganisationNumber employer = raw == null ? null : errors.required(path, raw, OrganisationNumber::parse);
        Extension occupation = contact.getExtensionByUrl(OCCUPATION);
        NearestLeader leader = nearestLeader(contact.getExtensionByUrl(NEAREST_LEADER), errors);
        return new EmploymentDetails(employer, blankToNull(organisation.getDisplay()),
                occupation == null ? null : text(occupation), name(contact.getName()),
                telecom(contact.getTelecom(), ContactPoint.ContactPointSystem.PHONE),
                telecom(contact.getTelecom(), ContactPoint.ContactPointSystem.EMAIL),
                leader == null ? null : leader.value());
    }

    /** The nearest leader, when named: a national ID number (its FHIR system) or a Samspill user name. */
    private static NearestLeader nearestLeader(Extension extension, FieldErrors errors) {
        if (extension == null) {
            return null;
        }
        String path = EMPLOYER_PATH + ".extension('" + NEAREST_LEADER + "')";
        if (!(extension.getValue() instanceof Identifier identifier) || !identifier.hasValue()) {
            errors.add(path, "required: valueIdentifier (a national ID number, or a user name with system "
                    + USERNAME_SYSTEM + ")");
            return null;
        }
        NearestLeader leader = errors.required(path + ".valueIdentifier.value", identifier.getValue(),
                NearestLeader::parse);
        if (leader == null) {
            return null;
        }
        boolean kindMatches = leader.isNationalId() ? NationalIdNumber.isFhirSystem(identifier.getSystem())
                : USERNAME_SYSTEM.equals(identifier.getSystem());
        errors.check(kindMatches, path + ".valueIdentifier.system", leader.isNationalId()
                ? "a national ID number has a national ID system (urn:oid:2.16.578.1.12.4.1.4.1)"
                : "a user name has the system " + USERNAME_SYSTEM);
        return kindMatches ? leader : null;
    }

    /** The referring GP: a contained Practitioner, {@code Practitioner/{HPR number}} or an HPR identifier. */
    private static Referrer requester(Reference requester, FieldErrors errors) {
        String path = "ServiceRequest.requester";
        String raw = number(requester, "Practitioner", HprNumber.SYSTEM,
                "required: the referring GP (a Practitioner with an HPR number)", path, errors);
        HprNumber hpr = raw == null ? null : errors.required(path + ".identifier", raw, HprNumber::parse);
        String name = requester.getResource() instanceof Practitioner practitioner && practitioner.hasName()
                ? name(practitioner.getNameFirstRep()) : blankToNull(requester.getDisplay());
        return new Referrer(ReferrerKind.GP, name, hpr, null);
    }

    /** The receiving clinic: the user's own, named or not. */
    private OrganisationNumber performer(List<Reference> performers, FieldErrors errors) {
        String path = "ServiceRequest.performer";
        if (performers.isEmpty()) {
            return errors.required(path, userClinic, OrganisationNumber::parse);
        }
        if (performers.size() > 1) {
            errors.add(path, "one receiving clinic only");
            return null;
        }
        String raw = number(performers.get(0), "Organization", OrganisationNumber.SYSTEM,
                "the receiving clinic as an Organization reference or identifier", path, errors);
        OrganisationNumber clinic = raw == null ? null : errors.required(path, raw, OrganisationNumber::parse);
        if (clinic != null && !clinic.value().equals(userClinic)) {
            errors.add(path, "you register referrals for your own clinic only (" + userClinic + ")");
            return null;
        }
        return clinic;
    }

    private static ReferredSickLeave sickLeave(Extension extension, FieldErrors errors) {
        if (extension == null) {
            errors.add(SICK_LEAVE_PATH, "required: status (NONE, PARTIAL or FULL), grade (percent) and since (date)");
            return null;
        }
        String statusPath = SICK_LEAVE_PATH + ".extension('status')";
        String gradePath = SICK_LEAVE_PATH + ".extension('grade')";
        String sincePath = SICK_LEAVE_PATH + ".extension('since')";
        Extension status = extension.getExtensionByUrl("status");
        SickLeaveStatus parsed = errors.required(statusPath, status == null ? null : text(status),
                choice(SickLeaveStatus.class));
        Integer grade = null;
        Extension gradeExtension = extension.getExtensionByUrl("grade");
        if (gradeExtension != null) {
            if (gradeExtension.getValue() instanceof IntegerType integer) {
                grade = integer.getValue();
            } else {
                errors.add(gradePath, "must be a valueInteger (percent)");
            }
        }
        LocalDate since = null;
        Extension sinceExtension = extension.getExtensionByUrl("since");
        if (sinceExtension != null) {
            if (sinceExtension.getValue() instanceof BaseDateTimeType date) {
                since = date(date, sincePath, errors);
            } else {
                errors.add(sincePath, "must be a valueDate");
            }
        }
        return parsed == null ? null : new ReferredSickLeave(parsed, grade, since);
    }

    private static ComplaintGroup complaintGroup(ServiceRequest request, FieldErrors errors) {
        List<Coding> codings = request.getCategory().stream().flatMap(c -> c.getCoding().stream())
                .filter(c -> FhirMapping.COMPLAINT_GROUP.equals(c.getSystem())).toList();
        if (codings.size() > 1) {
            errors.add("ServiceRequest.category", "one complaint group only");
            return null;
        }
        return errors.required("ServiceRequest.category", codings.isEmpty() ? null : codings.get(0).getCode(),
                choice(ComplaintGroup.class));
    }

    /** The one ICPC-2 or ICD-10 coding among the reason codes (codings in other systems are translations). */
    private static DiagnosisCode diagnosis(ServiceRequest request, FieldErrors errors) {
        String path = "ServiceRequest.reasonCode";
        List<Coding> codings = request.getReasonCode().stream().flatMap(c -> c.getCoding().stream())
                .filter(c -> FhirMapping.ICPC2.equals(c.getSystem()) || FhirMapping.ICD10.equals(c.getSystem()))
                .toList();
        if (codings.size() != 1) {
            errors.add(path, codings.isEmpty() ? "required: an ICPC-2 (" + FhirMapping.ICPC2 + ") or ICD-10 ("
                    + FhirMapping.ICD10 + ") code" : "one diagnosis only");
            return null;
        }
        Coding coding = codings.get(0);
        DiagnosisCode.System system = FhirMapping.ICPC2.equals(coding.getSystem()) ? DiagnosisCode.System.ICPC2
                : DiagnosisCode.System.ICD10;
        return errors.required(path, coding.getCode(), code -> new DiagnosisCode(system, code));
    }

    /** The text after the prefix of the note that has it, as the read mapping writes it; null without one. */
    private static String note(ServiceRequest request, String prefix, FieldErrors errors) {
        List<String> texts = request.getNote().stream().map(n -> n.getText())
                .filter(t -> t != null && t.startsWith(prefix)).map(t -> t.substring(prefix.length()).trim()).toList();
        errors.check(texts.size() <= 1, "ServiceRequest.note", "one note starting with '" + prefix + "' only");
        return texts.isEmpty() ? null : blankToNull(texts.get(0));
    }
}
