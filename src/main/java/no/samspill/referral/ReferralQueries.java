package no.samspill.referral;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samspill.access.ClinicScope;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import no.samspill.person.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of referrals, each through the access decision. A referral holds health data (reason, codes); its referring GP
 * may read it as a summary (they wrote it). A referral is held by the clinic that received it: another clinic's team
 * does not see it, even for a person it also has a referral for. Lists leave out referrals the viewer may not see.
 */
@Service
@Transactional(readOnly = true)
public class ReferralQueries {

    private final Referrals referrals;
    private final PersonDataAccess access;

    ReferralQueries(Referrals referrals, PersonDataAccess access) {
        this.referrals = referrals;
        this.access = access;
    }

    public Optional<Referral> byId(UUID id) {
        Optional<Referral> referral = referrals.byId(id);
        referral.ifPresent(r -> access.requireReadSummary(r.personId().value(), scope(r), InformationCategory.HEALTH,
                "Referral", id));
        return referral;
    }

    /** The person's referrals the viewer may read: for a clinic's team, those its own clinic received. */
    public List<Referral> ofPerson(PersonId personId) {
        access.requireReadSummary(personId.value(), InformationCategory.HEALTH, "Referral", null);
        return referrals.byPerson(personId).stream()
                .filter(r -> access.mayRead(personId.value(), scope(r), InformationCategory.ADMIN)).toList();
    }

    public List<Referral> awaitingDecision(String clinic, int page, int size) {
        return visible(referrals.awaitingDecision(clinic, size, page * size));
    }

    public List<Referral> recentlyDecided(String clinic, int limit) {
        return visible(referrals.recentlyDecided(clinic, limit));
    }

    public List<TriageDecisionRecord> decisions(UUID referralId) {
        referrals.byId(referralId).ifPresent(r -> access.requireReadSummary(r.personId().value(), scope(r),
                InformationCategory.HEALTH, "TriageDecision", referralId));
        return referrals.decisions(referralId);
    }

    private List<Referral> visible(List<Referral> list) {
        return access.readableOf(list, r -> r.personId().value(), Referral::clinicOrgNumber, InformationCategory.HEALTH,
                "Referral");
    }

    /** A referral is held by the clinic that received it. */
    static ClinicScope scope(Referral referral) {
        return ClinicScope.clinic(referral.clinicOrgNumber());
    }
}
