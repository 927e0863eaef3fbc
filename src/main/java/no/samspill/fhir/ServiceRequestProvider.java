package no.samspill.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samspill.access.NoAccessException;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.person.PatientDetails;
import no.samspill.person.PersonDirectory;
import no.samspill.person.PersonId;
import no.samspill.referral.NewReferral;
import no.samspill.referral.Referral;
import no.samspill.referral.ReferralQueries;
import no.samspill.referral.RegisterReferral;
import no.samspill.security.CurrentUser;
import no.samspill.security.CurrentUsers;
import no.samspill.security.Role;
import no.samspill.shared.FieldErrors;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.springframework.stereotype.Component;

/**
 * ServiceRequest = referral, through {@link ReferralQueries} (health data: the access decision is the module's).
 * Create = referral intake, {@link RegisterReferral} as from the form and the JSON API: for the clinic team
 * (coordinator, clinician; the security configuration answers 403 to other roles), on behalf of the clinic the user
 * acts for, audited in the use case's transaction. Accepted shape (the inverse of the read mapping where they overlap;
 * {@link ServiceRequestIntake} reads it):
 * <ul>
 *   <li>{@code status} {@code active}, {@code intent} {@code order}; no {@code modifierExtension}.</li>
 *   <li>{@code subject}: a contained Patient ({@code "#p"}) with one {@code identifier} (fødselsnummer
 *       {@code urn:oid:2.16.578.1.12.4.1.4.1} or D-number {@code …4.2}, the system of the number's kind), {@code name}
 *       (given and family), optionally {@code telecom} (phone, email), {@code birthDate} (must match the number) and
 *       one {@code contact} with relationship {@code v2-0131#E} for the employer: {@code organization} by
 *       organisation number ({@code urn:oid:2.16.578.1.12.4.1.4.101} identifier or {@code Organization/{number}})
 *       with the employer's name as {@code display}, the nearest leader's {@code name} and {@code telecom}, the
 *       occupation in the extension {@code https://samspill.no/fhir/StructureDefinition/occupation}. Or, for a
 *       patient already known to the user: {@code Patient/{id}} or just the {@code identifier}.</li>
 *   <li>{@code requester}: the referring GP, by HPR number ({@code urn:oid:2.16.578.1.12.4.1.4.4}) as an identifier,
 *       {@code Practitioner/{HPR}} or a contained Practitioner; the name as {@code display} or the Practitioner's
 *       {@code name}.</li>
 *   <li>{@code performer}: the receiving clinic ({@code Organization/{number}}, identifier or contained), which must
 *       be the user's own; absent means the user's clinic.</li>
 *   <li>{@code authoredOn}: the date received (not in the future; absent means today).</li>
 *   <li>Extension {@code https://samspill.no/fhir/StructureDefinition/sick-leave}: {@code status} (code NONE, PARTIAL
 *       or FULL), {@code grade} (integer percent), {@code since} (date), required.</li>
 *   <li>{@code category}: the complaint group ({@code https://samspill.no/fhir/CodeSystem/complaint-group}: one of
 *       MUSCULOSKELETAL, COMMON_MENTAL, BOTH), required.</li>
 *   <li>{@code reasonCode}: one coding in ICPC-2 ({@code urn:oid:2.16.578.1.12.4.1.1.7170}) or ICD-10
 *       ({@code …7110}), required; codings in other systems are left alone.</li>
 *   <li>{@code note}: "Prøvd så langt: …" and "Mål for arbeid: …", each at most once; no other notes.</li>
 * </ul>
 * The computed {@code assessment-deadline} extension, {@code code} and {@code id} are not read. Malformed JSON or
 * another {@code resourceType} is 400; every other problem is one 422 naming each field at fault by its FHIR path.
 * 201 with {@code Location: ServiceRequest/{id}} and the referral as read.
 */
@Component
class ServiceRequestProvider implements IResourceProvider {

    private final ReferralQueries referrals;
    private final RegisterReferral register;
    private final PersonDirectory persons;
    private final CurrentUsers users;
    private final Clock clock;

    ServiceRequestProvider(ReferralQueries referrals, RegisterReferral register, PersonDirectory persons,
                           CurrentUsers users, Clock clock) {
        this.referrals = referrals;
        this.register = register;
        this.persons = persons;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public Class<ServiceRequest> getResourceType() {
        return ServiceRequest.class;
    }

    @Read
    public ServiceRequest read(@IdParam IdType id) {
        return referrals.byId(FhirIds.uuidOrNotFound(id)).map(FhirMapping::serviceRequest)
                .orElseThrow(() -> FhirIds.notFound(id));
    }

    @Search
    public List<ServiceRequest> search(@RequiredParam(name = ServiceRequest.SP_PATIENT) ReferenceParam patient,
                                       @OptionalParam(name = ServiceRequest.SP_STATUS) TokenOrListParam status,
                                       @OptionalParam(name = ServiceRequest.SP_AUTHORED) DateRangeParam authored,
            @Offset Integer offset, @Count Integer count) {
        return Searches.page(FhirIds.patient(patient).map(person -> Searches.visibleOrEmpty(
                        () -> referrals.ofPerson(new PersonId(person))).stream()
                .filter(r -> Searches.within(authored, r.receivedOn()))
                .map(FhirMapping::serviceRequest)
                .filter(r -> Searches.matches(status, r.getStatus().toCode()))
                .toList()).orElse(List.of()), offset, count);
    }

    @Create
    public MethodOutcome create(@ResourceParam ServiceRequest request) {
        CurrentUser user = users.current();
        FieldErrors errors = new FieldErrors();
        NewReferral referral = new ServiceRequestIntake(user.organisationNumber(),
                user.role() == Role.COORDINATOR ? user.username() : null, LocalDate.now(clock), new Known())
                .read(request, errors);
        errors.throwIfAny();
        Referral created = register.register(referral, user.username());
        return new MethodOutcome(new IdType("ServiceRequest", created.id().toString()), true)
                .setResource(FhirMapping.serviceRequest(created));
    }

    /** A known patient as the user may see them: one they may not see is as unknown as one that does not exist. */
    private final class Known implements ServiceRequestIntake.KnownPatients {

        @Override
        public Optional<PatientDetails> byId(UUID personId) {
            try {
                return persons.patient(new PersonId(personId)).map(p -> new PatientDetails(p.nationalId(),
                        p.givenName(), p.familyName(), p.phone(), p.email()));
            } catch (NoAccessException refused) {
                if (refused.hideExistence()) {
                    return Optional.empty();
                }
                throw refused;
            }
        }

        @Override
        public Optional<PatientDetails> byNationalId(NationalIdNumber nationalId) {
            return persons.idOf(nationalId).flatMap(id -> byId(id.value()));
        }
    }
}
