package no.samspill.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import no.samspill.access.GrantConsent;
import no.samspill.access.InformationCategory;
import no.samspill.access.NoAccessException;
import no.samspill.access.Party;
import no.samspill.access.Purpose;
import no.samspill.access.Sharing;
import no.samspill.access.WithdrawConsent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/**
 * Consent = a patient's consent to share ({@link Sharing}: history incl. withdrawn). Create = {@link GrantConsent},
 * update to {@code inactive} = {@link WithdrawConsent}; the rules (what may be consented, who may record it) stay
 * there. The version is 1 while active and 2 once withdrawn, so {@code If-Match} catches a stale client (412).
 */
@Component
class ConsentProvider implements IResourceProvider {

    private final Sharing sharing;
    private final GrantConsent grant;
    private final WithdrawConsent withdraw;
    private final Clock clock;

    ConsentProvider(Sharing sharing, GrantConsent grant, WithdrawConsent withdraw, Clock clock) {
        this.sharing = sharing;
        this.grant = grant;
        this.withdraw = withdraw;
        this.clock = clock;
    }

    @Override
    public Class<Consent> getResourceType() {
        return Consent.class;
    }

    @Search
    public List<Consent> search(@RequiredParam(name = Consent.SP_PATIENT) ReferenceParam patient,
                                @OptionalParam(name = Consent.SP_STATUS) TokenOrListParam status,
                                @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
                                @Offset Integer offset, @Count Integer count) {
        LocalDate today = LocalDate.now(clock);
        return Searches.page(FhirIds.patient(patient).map(person -> Searches.visibleOrEmpty(
                        () -> sharing.history(person)).stream()
                .map(c -> FhirMapping.consent(c, today))
                .filter(c -> Searches.matches(status, c.getStatus().toCode()))
                .filter(c -> Searches.within(lastUpdated, c.getMeta().getLastUpdated().toInstant()))
                .toList()).orElse(List.of()), offset, count);
    }

    /** Grants a consent: patient, recipient party (and organisation), information category, optional end date. */
    @Create
    public MethodOutcome create(@ResourceParam Consent consent) {
        if (consent.getStatus() != Consent.ConsentState.ACTIVE) {
            throw new UnprocessableEntityException("Consent.status must be 'active' when a consent is given");
        }
        UUID person = patientOf(consent);
        Consent.ProvisionComponent provision = consent.getProvision();
        Party recipient = code(provision.getActorFirstRep().getRole(), "party", Party.class, "Consent.provision.actor.role");
        InformationCategory category = code(provision.getCodeFirstRep(), "information-category",
                InformationCategory.class, "Consent.provision.code");
        Purpose purpose = provision.getPurpose().isEmpty() ? Purpose.FOLLOW_UP
                : code(new CodeableConcept().addCoding(provision.getPurposeFirstRep()), "purpose", Purpose.class,
                        "Consent.provision.purpose");
        String organisation = null;
        String reference = provision.getActorFirstRep().getReference().getReference();
        if (reference != null) {
            if (!reference.startsWith("Organization/")) {
                throw new UnprocessableEntityException("Consent.provision.actor.reference must be an Organization");
            }
            organisation = reference.substring("Organization/".length());
            if (OrganizationProvider.organization(organisation).isEmpty()) {
                throw new UnprocessableEntityException(reference + " is not known");
            }
        }
        LocalDate until = provision.getPeriod().getEnd() == null ? null
                : LocalDate.ofInstant(provision.getPeriod().getEnd().toInstant(), java.time.ZoneId.systemDefault());
        String org = organisation;
        no.samspill.access.Consent granted = referencedPatient(person,
                () -> grant.grant(person, recipient, org, category, purpose, until));
        Consent created = FhirMapping.consent(granted, LocalDate.now(clock));
        return new MethodOutcome(new IdType("Consent", granted.id().toString(), created.getMeta().getVersionId()), true)
                .setResource(created);
    }

    /** The only change allowed is withdrawing: status active → inactive, everything else as it was. */
    @Update
    public MethodOutcome update(@IdParam IdType id, @ResourceParam Consent consent) {
        UUID consentId = FhirIds.uuidOrNotFound(id);
        UUID person = patientOf(consent);
        no.samspill.access.Consent current = referencedPatient(person, () -> sharing.history(person)).stream()
                .filter(c -> c.id().equals(consentId)).findFirst().orElseThrow(() -> FhirIds.notFound(id));
        LocalDate today = LocalDate.now(clock);
        Consent existing = FhirMapping.consent(current, today);
        if (id.hasVersionIdPart() && !id.getVersionIdPart().equals(existing.getMeta().getVersionId())) {
            throw new PreconditionFailedException("Consent/" + consentId + " is at version "
                    + existing.getMeta().getVersionId() + ", not " + id.getVersionIdPart());
        }
        if (consent.getStatus() != Consent.ConsentState.INACTIVE) {
            throw new UnprocessableEntityException("Only withdrawing a consent (status 'inactive') is supported");
        }
        if (current.withdrawnAt() == null) {
            withdraw.withdraw(person, consentId);
        }
        no.samspill.access.Consent after = sharing.history(person).stream().filter(c -> c.id().equals(consentId))
                .findFirst().orElseThrow();
        Consent updated = FhirMapping.consent(after, today);
        return new MethodOutcome(new IdType("Consent", consentId.toString(), updated.getMeta().getVersionId()))
                .setResource(updated);
    }

    private static UUID patientOf(Consent consent) {
        String reference = consent.getPatient().getReference();
        if (reference == null || !reference.startsWith("Patient/")) {
            throw new UnprocessableEntityException("Consent.patient must reference a Patient");
        }
        return FhirIds.uuid(reference.substring("Patient/".length()))
                .orElseThrow(() -> new UnprocessableEntityException(reference + " is not known"));
    }

    /**
     * A write that names a person in its body: a person that does not exist and one the user has no relationship to
     * both answer 422 "not known" (existence does not leak); related but refused stays 403.
     */
    private static <T> T referencedPatient(UUID person, Supplier<T> work) {
        try {
            return work.get();
        } catch (NoAccessException refused) {
            if (refused.hideExistence()) {
                throw new UnprocessableEntityException("Patient/" + person + " is not known");
            }
            throw refused;
        }
    }

    private static <E extends Enum<E>> E code(CodeableConcept concept, String system, Class<E> type, String where) {
        for (Coding coding : concept.getCoding()) {
            if ((FhirMapping.CODES + system).equals(coding.getSystem()) && coding.getCode() != null) {
                try {
                    return Enum.valueOf(type, coding.getCode());
                } catch (IllegalArgumentException e) {
                    throw new UnprocessableEntityException(where + ": unknown code " + coding.getCode());
                }
            }
        }
        throw new UnprocessableEntityException(where + " needs a coding from " + FhirMapping.CODES + system);
    }
}
