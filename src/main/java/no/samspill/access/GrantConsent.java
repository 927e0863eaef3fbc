package no.samspill.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import no.samspill.shared.FieldErrors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient shares a category of their data with a recipient for a purpose — themself, or through a clinician who
 * records a written consent. Only sharing the rules make consent-dependent can be granted: work function with the
 * employer, health data with NAV. Health data can never be shared with the employer.
 */
@Service
public class GrantConsent {

    private final AccessRecords records;
    private final PersonDataAccess access;
    private final Clock clock;

    GrantConsent(AccessRecords records, PersonDataAccess access, Clock clock) {
        this.records = records;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The purpose a consent to this recipient is for: the GP is consented to only as a participant in collaboration
     * meetings, the analyst only for research; every other recipient for follow-up.
     */
    public static Purpose purposeFor(Party recipient) {
        if (recipient == null) {
            return Purpose.FOLLOW_UP;
        }
        return switch (recipient) {
            case GP -> Purpose.MEETING_PARTICIPATION;
            case ANALYST -> Purpose.RESEARCH;
            default -> Purpose.FOLLOW_UP;
        };
    }

    @Transactional
    public Consent grant(UUID personId, Party recipient, String recipientOrganisation, InformationCategory category,
                         Purpose purpose, LocalDate validUntil) {
        return grant(personId, recipient, recipientOrganisation, category, purpose, validUntil, null);
    }

    /**
     * @param signedOn the day the patient signed a written consent a clinician records now; it then counts from that
     *                 day. Ignored when the patient grants the consent themself (it counts from today).
     */
    @Transactional
    public Consent grant(UUID personId, Party recipient, String recipientOrganisation, InformationCategory category,
                         Purpose purpose, LocalDate validUntil, LocalDate signedOn) {
        LocalDate today = LocalDate.now(clock);
        FieldErrors errors = new FieldErrors();
        if (signedOn != null) {
            errors.check(!signedOn.isAfter(today), "signedOn", "Datoen pasienten signerte kan ikke være etter i dag");
        }
        errors.present("recipient", recipient);
        errors.present("category", category);
        if (recipient != null && category != null) {
            errors.check(!(recipient == Party.EMPLOYER && category == InformationCategory.HEALTH), "category",
                    "Arbeidsgiver kan aldri få helseopplysninger, heller ikke med samtykke");
            errors.check((recipient == Party.EMPLOYER && category == InformationCategory.WORK_FUNCTION)
                            || (recipient == Party.NAV && category == InformationCategory.HEALTH)
                            || (recipient == Party.GP && category == InformationCategory.ADMIN
                            && purpose == Purpose.MEETING_PARTICIPATION)
                            // Research: one consent, recorded as covering health data (the widest category an extract
                            // holds), for pseudonymised extracts read by the analyst.
                            || (recipient == Party.ANALYST && category == InformationCategory.HEALTH
                            && purpose == Purpose.RESEARCH), "category",
                    "Dette deles allerede etter reglene, eller kan ikke deles med samtykke");
        }
        if (validUntil != null) {
            errors.check(!validUntil.isBefore(today), "validUntil", "Sluttdato kan ikke være før i dag");
        }
        errors.throwIfAny();

        Viewer viewer = access.viewer();
        access.requireWrite(personId, InformationCategory.ADMIN, "Consent", null);
        Purpose forPurpose = purpose == null ? Purpose.FOLLOW_UP : purpose;
        String organisation = blankToNull(recipientOrganisation);
        // Switching on what is already on changes nothing: one active consent per recipient, category and purpose.
        var active = records.consentsOf(personId).stream()
                .filter(c -> c.activeOn(today) && c.recipient() == recipient && c.category() == category
                        && c.purpose() == forPurpose && java.util.Objects.equals(c.recipientOrganisation(), organisation))
                .findFirst();
        if (active.isPresent()) {
            return active.get();
        }
        Consent.GivenHow how = viewer.party() == Party.PATIENT ? Consent.GivenHow.SELF
                : Consent.GivenHow.RECORDED_BY_CLINICIAN;
        LocalDate validFrom = how == Consent.GivenHow.RECORDED_BY_CLINICIAN && signedOn != null ? signedOn : today;
        Consent consent = new Consent(UUID.randomUUID(), personId, recipient, organisation, category,
                forPurpose, validFrom, validUntil, viewer.username(), how, clock.instant(),
                null, null);
        records.insert(consent);
        return consent;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
