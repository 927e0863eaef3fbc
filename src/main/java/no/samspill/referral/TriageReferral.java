package no.samspill.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import no.samspill.history.ChangeLog;
import no.samspill.shared.Dates;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The intake team decides a referral: right to care (with latest start date), no right, or more information needed. */
@Service
public class TriageReferral {

    private final Referrals referrals;
    private final ChangeLog changeLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PersonDataAccess access;

    TriageReferral(Referrals referrals, ChangeLog changeLog, ApplicationEventPublisher events, PersonDataAccess access,
                   Clock clock) {
        this.access = access;
        this.referrals = referrals;
        this.changeLog = changeLog;
        this.events = events;
        this.clock = clock;
    }

    /** @param expectedVersion the version the user saw; a newer one means someone else decided first */
    @Transactional
    public Referral triage(UUID referralId, int expectedVersion, TriageDecision decision, String actor) {
        LocalDate today = LocalDate.now(clock);
        FieldErrors errors = new FieldErrors();
        decision.check(errors, today);
        errors.throwIfAny();

        Referral current = referrals.byId(referralId).orElseThrow(() -> new NotFoundException("Henvisningen"));
        if (current.version() != expectedVersion) {
            throw new no.samspill.shared.ConcurrentChangeException("Henvisningen");
        }
        access.requireWrite(current.personId().value(), ReferralQueries.scope(current), InformationCategory.HEALTH,
                "Referral", referralId);
        Referral decided = current.decide(decision, today, actor);
        referrals.saveDecision(decided);
        Instant now = clock.instant();
        referrals.insertDecision(referralId, decision, today, actor, now);
        String detail = decision.latestStartDate() == null ? decision.outcome().label()
                : decision.outcome().label() + ", seneste oppstart " + Dates.format(decision.latestStartDate());
        changeLog.record(ChangeLog.change(decided.personId().value(), "REFERRAL", referralId, "Henvisning vurdert",
                actor, now, detail, InformationCategory.ADMIN).heldBy(decided.clinicOrgNumber()));
        events.publishEvent(new ReferralEvents.ReferralTriaged(referralId, decided.personId(), decision.outcome(),
                today, actor));
        return referrals.byId(referralId).orElseThrow();
    }
}
