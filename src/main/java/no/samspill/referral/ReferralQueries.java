package no.samspill.referral;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samspill.person.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of referrals: one, a person's, and the clinic's intake list ordered by deadline. */
@Service
@Transactional(readOnly = true)
public class ReferralQueries {

    private final Referrals referrals;

    ReferralQueries(Referrals referrals) {
        this.referrals = referrals;
    }

    public Optional<Referral> byId(UUID id) {
        return referrals.byId(id);
    }

    public List<Referral> ofPerson(PersonId personId) {
        return referrals.byPerson(personId);
    }

    public List<Referral> awaitingDecision(String clinic, int page, int size) {
        return referrals.awaitingDecision(clinic, size, page * size);
    }

    public List<Referral> recentlyDecided(String clinic, int limit) {
        return referrals.recentlyDecided(clinic, limit);
    }

    public List<TriageDecisionRecord> decisions(UUID referralId) {
        return referrals.decisions(referralId);
    }
}
