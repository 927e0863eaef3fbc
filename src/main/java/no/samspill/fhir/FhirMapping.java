package no.samspill.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.UUID;
import no.samspill.access.Consent;
import no.samspill.audit.AuditEntry;
import no.samspill.audit.LoggedAccess;
import no.samspill.identifiers.HprNumber;
import no.samspill.identifiers.OrganisationNumber;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayTask;
import no.samspill.person.Patient;
import no.samspill.referral.DiagnosisCode;
import no.samspill.referral.Referral;
import no.samspill.referral.ReferredSickLeave;
import no.samspill.sickleave.TimelineMilestone;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;

/**
 * Domain records to FHIR R4 resources (the other direction, where a use case takes a resource, is in the providers and
 * {@link ServiceRequestIntake}); HAPI types stop here and in the providers.
 * Identifier systems are the HL7 Norway no-basis OIDs the identifier value objects know.
 */
final class FhirMapping {

    static final String CODES = "https://samspill.no/fhir/CodeSystem/";
    static final String ICPC2 = "urn:oid:2.16.578.1.12.4.1.1.7170";
    static final String ICD10 = "urn:oid:2.16.578.1.12.4.1.1.7110";
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final String EXTENSIONS = "https://samspill.no/fhir/StructureDefinition/";
    /** ServiceRequest: sick-leave status at referral, sub-extensions {@code status} (code), {@code grade}, {@code since}. */
    static final String SICK_LEAVE = EXTENSIONS + "sick-leave";
    /** ServiceRequest: the date the referral must be assessed by (10 working days after receipt), computed. */
    static final String ASSESSMENT_DEADLINE = EXTENSIONS + "assessment-deadline";
    static final String COMPLAINT_GROUP = CODES + "complaint-group";
    static final String TRIED_SO_FAR = "Prøvd så langt: ";
    static final String WORK_GOAL = "Mål for arbeid: ";

    private FhirMapping() {
    }

    static org.hl7.fhir.r4.model.Patient patient(Patient p) {
        var r = new org.hl7.fhir.r4.model.Patient();
        r.setId(p.id().value().toString());
        r.addIdentifier().setUse(Identifier.IdentifierUse.OFFICIAL).setSystem(p.nationalId().fhirSystem())
                .setValue(p.nationalId().value());
        r.addName().setFamily(p.familyName()).addGiven(p.givenName()).setText(p.fullName());
        if (p.phone() != null && !p.phone().isBlank()) {
            r.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(p.phone());
        }
        if (p.email() != null && !p.email().isBlank()) {
            r.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(p.email());
        }
        r.setBirthDateElement(new DateType(date(p.nationalId().birthDate())));
        return r;
    }

    static Organization organization(OrganisationNumber number, String name) {
        var r = new Organization();
        r.setId(number.value());
        r.addIdentifier().setSystem(number.fhirSystem()).setValue(number.value());
        if (name != null) {
            r.setName(name);
        }
        return r;
    }

    static Practitioner practitioner(HprNumber hpr, String name) {
        var r = new Practitioner();
        r.setId(hpr.value());
        r.addIdentifier().setSystem(hpr.fhirSystem()).setValue(hpr.value());
        if (name != null) {
            r.addName().setText(name);
        }
        return r;
    }

    static ServiceRequest serviceRequest(Referral referral) {
        var r = new ServiceRequest();
        r.setId(referral.id().toString());
        r.setStatus(referral.voided() ? ServiceRequest.ServiceRequestStatus.ENTEREDINERROR
                : switch (referral.status()) {
                    case RECEIVED, MORE_INFORMATION_NEEDED -> ServiceRequest.ServiceRequestStatus.ACTIVE;
                    case RIGHT_TO_CARE -> ServiceRequest.ServiceRequestStatus.COMPLETED;
                    case NO_RIGHT -> ServiceRequest.ServiceRequestStatus.REVOKED;
                });
        r.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        r.setCode(new CodeableConcept().setText("Helse og arbeid: tverrfaglig utredning og oppfølging"));
        r.setSubject(patientRef(referral.personId().value()));
        r.setAuthoredOnElement(new DateTimeType(date(referral.receivedOn()), ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY));
        Reference requester = new Reference().setDisplay(referral.referrer().name());
        if (referral.referrer().hpr() != null) {
            requester.setReference("Practitioner/" + referral.referrer().hpr().value());
        }
        r.setRequester(requester);
        if (referral.clinicOrgNumber() != null) {
            r.addPerformer(new Reference("Organization/" + referral.clinicOrgNumber()));
        }
        DiagnosisCode diagnosis = referral.diagnosis();
        if (diagnosis != null) {
            r.addReasonCode().addCoding(new Coding(diagnosis.system() == DiagnosisCode.System.ICPC2 ? ICPC2 : ICD10,
                    diagnosis.code(), null)).setText(diagnosis.toString());
        }
        if (referral.complaintGroup() != null) {
            r.addCategory().addCoding(new Coding(COMPLAINT_GROUP, referral.complaintGroup().name(), null));
        }
        if (referral.triedSoFar() != null) {
            r.addNote().setText(TRIED_SO_FAR + referral.triedSoFar());
        }
        if (referral.workGoal() != null) {
            r.addNote().setText(WORK_GOAL + referral.workGoal());
        }
        ReferredSickLeave sickLeave = referral.sickLeave();
        if (sickLeave != null) {
            Extension e = r.addExtension().setUrl(SICK_LEAVE);
            e.addExtension("status", new CodeType(sickLeave.status().name()));
            if (sickLeave.grade() != null) {
                e.addExtension("grade", new IntegerType(sickLeave.grade()));
            }
            if (sickLeave.since() != null) {
                e.addExtension("since", new DateType(sickLeave.since().toString()));
            }
        }
        r.addExtension(ASSESSMENT_DEADLINE, new DateType(referral.assessmentDeadline().toString()));
        return r;
    }

    static EpisodeOfCare episodeOfCare(Pathway pathway) {
        var r = new EpisodeOfCare();
        r.setId(pathway.id().toString());
        r.setStatus(switch (pathway.state()) {
            case REFERRED -> EpisodeOfCare.EpisodeOfCareStatus.PLANNED;
            case TRIAGED -> EpisodeOfCare.EpisodeOfCareStatus.WAITLIST;
            case IN_ASSESSMENT, IN_FOLLOW_UP -> EpisodeOfCare.EpisodeOfCareStatus.ACTIVE;
            case CLOSED -> EpisodeOfCare.EpisodeOfCareStatus.FINISHED;
        });
        r.addType().addCoding(new Coding(CODES + "pathway-state", pathway.state().name(), pathway.state().label()))
                .setText(pathway.state().label());
        r.setPatient(patientRef(pathway.personId().value()));
        if (pathway.clinicOrgNumber() != null) {
            r.setManagingOrganization(new Reference("Organization/" + pathway.clinicOrgNumber()));
        }
        Period period = new Period().setStartElement(new DateTimeType(date(pathway.openedOn()),
                ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY));
        if (pathway.closedOn() != null) {
            period.setEndElement(new DateTimeType(date(pathway.closedOn()), ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY));
        }
        r.setPeriod(period);
        if (pathway.referralId() != null) {
            r.addReferralRequest(new Reference("ServiceRequest/" + pathway.referralId()));
        }
        return r;
    }

    static Task task(PathwayTask task, Pathway pathway) {
        var r = new Task();
        r.setId(task.id().toString());
        r.getMeta().setVersionId(Integer.toString(task.version()));
        r.setStatus(task.voidReason() != null ? Task.TaskStatus.ENTEREDINERROR
                : task.doneOn() != null ? Task.TaskStatus.COMPLETED : Task.TaskStatus.REQUESTED);
        r.setIntent(Task.TaskIntent.ORDER);
        r.setCode(new CodeableConcept(new Coding(CODES + "task-kind", "pathway-task", "Oppgave i forløpet")));
        r.setDescription(task.title());
        r.setFor(patientRef(pathway.personId().value()));
        r.setFocus(new Reference("EpisodeOfCare/" + pathway.id()));
        if (task.owner() != null) {
            r.setOwner(new Reference().setDisplay(task.owner()));
        }
        if (task.dueDate() != null) {
            r.setRestriction(new Task.TaskRestrictionComponent().setPeriod(new Period().setEndElement(
                    new DateTimeType(date(task.dueDate()), ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY))));
        }
        if (task.doneOn() != null) {
            r.setExecutionPeriod(new Period().setEndElement(new DateTimeType(date(task.doneOn()),
                    ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY)));
        }
        if (task.voidReason() != null) {
            r.setStatusReason(new CodeableConcept().setText(task.voidReason()));
        }
        return r;
    }

    /** A statutory milestone of the person's current case period; its id is derived, see {@link #milestoneId}. */
    static Task milestone(UUID personId, TimelineMilestone m) {
        var r = new Task();
        r.setId(milestoneId(personId, m.kind()));
        r.setStatus(m.status().met() ? Task.TaskStatus.COMPLETED
                : m.status() == no.samspill.sickleave.MilestoneStatus.NOT_RELEVANT ? Task.TaskStatus.CANCELLED
                : Task.TaskStatus.REQUESTED);
        r.setBusinessStatus(new CodeableConcept(new Coding(CODES + "milestone-status", m.status().name(),
                m.status().label())).setText(m.status().label()));
        r.setIntent(Task.TaskIntent.PLAN);
        r.setCode(new CodeableConcept(new Coding(CODES + "milestone", milestoneCode(m.kind()), m.kind().label()))
                .setText(m.kind().label()));
        r.setDescription(m.kind().label() + " (" + m.kind().legalBasis() + ")");
        r.setFor(patientRef(personId));
        r.setOwner(new Reference().setDisplay(m.kind().responsible().name()));
        r.setRestriction(new Task.TaskRestrictionComponent().setPeriod(new Period().setEndElement(
                new DateTimeType(date(m.dueDate()), ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY))));
        if (m.metOn() != null) {
            r.setExecutionPeriod(new Period().setEndElement(new DateTimeType(date(m.metOn()),
                    ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY)));
        }
        return r;
    }

    static String milestoneCode(no.samspill.sickleave.MilestoneKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "ms-" + person (32 hex) + "-" + milestone code: at most 64 characters, as FHIR allows. */
    static String milestoneId(UUID personId, no.samspill.sickleave.MilestoneKind kind) {
        return "ms-" + FhirIds.compact(personId) + "-" + milestoneCode(kind);
    }

    static org.hl7.fhir.r4.model.Consent consent(Consent c, LocalDate today) {
        var r = new org.hl7.fhir.r4.model.Consent();
        r.setId(c.id().toString());
        r.getMeta().setVersionId(c.withdrawnAt() == null ? "1" : "2")
                .setLastUpdated(Date.from(c.withdrawnAt() == null ? c.givenAt() : c.withdrawnAt()));
        r.setStatus(c.activeOn(today) ? org.hl7.fhir.r4.model.Consent.ConsentState.ACTIVE
                : org.hl7.fhir.r4.model.Consent.ConsentState.INACTIVE);
        r.setScope(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/consentscope",
                "patient-privacy", "Privacy Consent")));
        r.addCategory(new CodeableConcept(new Coding("http://loinc.org", "59284-0", "Patient Consent")));
        r.setPatient(patientRef(c.personId()));
        r.setDateTimeElement(new DateTimeType(Date.from(c.givenAt())));
        if (c.givenHow() == Consent.GivenHow.SELF) {
            r.addPerformer(patientRef(c.personId()));
        } else {
            r.addPerformer(new Reference().setDisplay(c.givenBy()));
        }
        r.addPolicy().setUri("https://lovdata.no/lov/1999-07-02-64").setAuthority("https://lovdata.no");
        var provision = new org.hl7.fhir.r4.model.Consent.ProvisionComponent();
        provision.setType(org.hl7.fhir.r4.model.Consent.ConsentProvisionType.PERMIT);
        Period period = new Period().setStartElement(new DateTimeType(date(c.validFrom()),
                ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY));
        LocalDate end = c.withdrawnAt() != null ? LocalDate.ofInstant(c.withdrawnAt(), OSLO) : c.validUntil();
        if (end != null) {
            period.setEndElement(new DateTimeType(date(end), ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY));
        }
        provision.setPeriod(period);
        Reference recipient = c.recipientOrganisation() != null
                ? new Reference("Organization/" + c.recipientOrganisation()).setDisplay(c.recipient().label())
                : new Reference().setDisplay(c.recipient().label());
        provision.addActor().setRole(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP", "information recipient"))
                .addCoding(new Coding(CODES + "party", c.recipient().name(), c.recipient().label())))
                .setReference(recipient);
        provision.addCode(new CodeableConcept(new Coding(CODES + "information-category", c.category().name(),
                c.category().label())));
        provision.addPurpose(new Coding(CODES + "purpose", c.purpose().name(), c.purpose().label()));
        r.setProvision(provision);
        return r;
    }

    /** The code system of the basis of an access decision (the names of {@code access.AccessBasis}). */
    static final String ACCESS_BASIS_SYSTEM = CODES + "access-basis";

    static AuditEvent auditEvent(LoggedAccess logged) {
        AuditEntry e = logged.entry();
        var r = new AuditEvent();
        r.setId(Long.toString(logged.sequence()));
        r.getMeta().setLastUpdated(Date.from(e.at()));
        r.setType(new Coding("http://terminology.hl7.org/CodeSystem/audit-event-type", "rest", "RESTful Operation"));
        boolean write = e.action() == AuditEntry.Action.WRITE;
        r.addSubtype(new Coding("http://hl7.org/fhir/restful-interaction", write ? "update" : "read",
                write ? "update" : "read"));
        r.setAction(write ? AuditEvent.AuditEventAction.U : AuditEvent.AuditEventAction.R);
        r.setRecorded(Date.from(e.at()));
        r.setOutcome(e.allowed() ? AuditEvent.AuditEventOutcome._0 : AuditEvent.AuditEventOutcome._4);
        if (e.reason() != null) {
            r.setOutcomeDesc(e.reason());
        }
        r.addPurposeOfEvent().setText(e.purpose());
        var agent = r.addAgent().setRequestor(true);
        agent.setType(new CodeableConcept().setText(e.role()));
        agent.setWho(new Reference().setDisplay(e.displayName() + " (" + e.username() + ")"));
        agent.setAltId(e.username());
        if (e.basis() != null) {
            // In what capacity the decision let the user in (access.AccessBasis), and the consent it rested on.
            agent.addRole(new CodeableConcept().addCoding(new Coding(ACCESS_BASIS_SYSTEM, e.basis(), null)));
        }
        if (e.consentId() != null) {
            agent.addPolicy("urn:uuid:" + e.consentId());
        }
        r.getSource().setObserver(new Reference().setDisplay("Samspill")).setSite("Samspill");
        var entity = r.addEntity();
        if (e.personId() != null) {
            entity.setWhat(patientRef(e.personId()));
        }
        entity.setDescription(e.resourceType() + (e.resourceId() == null ? "" : " " + e.resourceId())
                + " (" + e.category() + ")");
        return r;
    }

    static Reference patientRef(UUID personId) {
        return new Reference("Patient/" + personId);
    }

    static Date date(LocalDate day) {
        // HAPI reads day-precision search dates in the JVM's zone; use the same so that date searches line up.
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
