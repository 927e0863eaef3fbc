package no.samspill.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import no.samspill.history.ChangeLog;
import no.samspill.shared.ConcurrentChangeException;
import no.samspill.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A referral entered by mistake is marked void with a reason; nothing is deleted. */
@Service
public class RegisterReferralInError {

    private final Referrals referrals;
    private final ChangeLog changeLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PersonDataAccess access;

    RegisterReferralInError(Referrals referrals, ChangeLog changeLog, ApplicationEventPublisher events,
                            PersonDataAccess access, Clock clock) {
        this.access = access;
        this.referrals = referrals;
        this.changeLog = changeLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void registerInError(UUID referralId, int expectedVersion, String reason, String actor) {
        Referral current = referrals.byId(referralId).orElseThrow(() -> new NotFoundException("Henvisningen"));
        if (current.version() != expectedVersion) {
            throw new ConcurrentChangeException("Henvisningen");
        }
        access.requireWrite(current.personId().value(), ReferralQueries.scope(current), InformationCategory.HEALTH,
                "Referral", referralId);
        Referral voided = current.voidAsRegisteredInError(reason);
        Instant now = clock.instant();
        referrals.saveVoid(voided, actor, now);
        changeLog.record(ChangeLog.change(current.personId().value(), "REFERRAL", referralId,
                "Henvisning markert som registrert feil", actor, now, voided.voidReason(), InformationCategory.HEALTH).heldBy(current.clinicOrgNumber()));
        events.publishEvent(new ReferralEvents.ReferralRegisteredInError(referralId, current.personId(),
                voided.voidReason(), actor));
    }
}
