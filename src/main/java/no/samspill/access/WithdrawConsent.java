package no.samspill.access;

import java.time.Clock;
import java.util.UUID;
import no.samspill.shared.NotFoundException;
import no.samspill.shared.RefusedChangeException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient withdraws a consent. It takes effect at once, for every open session too: the access decision reads
 * consents on every request. The withdrawn consent stays in the history.
 */
@Service
public class WithdrawConsent {

    private final AccessRecords records;
    private final PersonDataAccess access;
    private final Clock clock;

    WithdrawConsent(AccessRecords records, PersonDataAccess access, Clock clock) {
        this.records = records;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public void withdraw(UUID personId, UUID consentId) {
        Consent consent = records.consent(consentId).filter(c -> c.personId().equals(personId))
                .orElseThrow(() -> new NotFoundException("Samtykket"));
        access.requireWrite(personId, InformationCategory.ADMIN, "Consent", consentId);
        if (!records.withdraw(consent.id(), access.viewer().username(), clock.instant())) {
            throw new RefusedChangeException("Samtykket er allerede trukket tilbake");
        }
    }
}
