package no.samspill.pathway;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import no.samspill.access.InformationCategory;
import no.samspill.history.ChangeLog;
import no.samspill.referral.ReferralEvents.ReferralRegistered;
import no.samspill.referral.ReferralEvents.ReferralRegisteredInError;
import no.samspill.referral.ReferralEvents.ReferralTriaged;
import no.samspill.referral.TriageOutcome;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A pathway follows its referral: it opens when the referral is registered (coordinated by whoever registered it),
 * moves to triaged on a right to care, and closes without outcome on no right or a referral registered in error.
 * Runs inside the referral's transaction, so referral and pathway change together or not at all.
 */
@Component
class FollowReferrals {

    private static final int MORE_INFORMATION_FOLLOW_UP_DAYS = 7;

    private final Pathways pathways;
    private final Tasks tasks;
    private final WorklistMaintenance worklist;
    private final ChangeLog changeLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowReferrals(Pathways pathways, Tasks tasks, WorklistMaintenance worklist, ChangeLog changeLog,
                    ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.pathways = pathways;
        this.tasks = tasks;
        this.worklist = worklist;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    @EventListener
    void on(ReferralRegistered event) {
        Instant now = clock.instant();
        Pathway pathway = Pathway.open(event.referralId(), event.personId(), event.clinicOrgNumber(),
                event.coordinator(), event.receivedOn());
        pathways.insert(pathway, event.actor(), now);
        changeLog.record(ChangeLog.change(event.personId().value(), "PATHWAY", pathway.id(), "Forløp opprettet",
                event.actor(), now, event.coordinator() == null ? "Uten koordinator" : "Koordinator: " + event.coordinator(),
                InformationCategory.ADMIN).heldBy(pathway.clinicOrgNumber()));
        events.publishEvent(new PathwayEvents.PathwayChanged(pathway.id()));
    }

    @EventListener
    void on(ReferralTriaged event) {
        Pathway pathway = pathways.byReferral(event.referralId()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Pathway changed = switch (event.outcome()) {
            case RIGHT_TO_CARE -> pathway.triaged();
            case NO_RIGHT -> pathway.state().open()
                    ? pathway.closeWithoutOutcome(TriageOutcome.NO_RIGHT.label(), today) : pathway;
            case MORE_INFORMATION_NEEDED -> null;
        };
        if (changed == null) {
            PathwayTask followUp = new PathwayTask(java.util.UUID.randomUUID(), pathway.id(),
                    "Følg opp etterspurt informasjon fra henviser", pathway.coordinator() == null ? event.actor()
                    : pathway.coordinator(), today.plusDays(MORE_INFORMATION_FOLLOW_UP_DAYS), null, null, 0);
            tasks.insert(followUp, event.actor(), now);
            worklist.taskOpened(followUp);
            events.publishEvent(new PathwayEvents.PathwayChanged(pathway.id()));
            return;
        }
        if (changed == pathway) {
            // Moved on by hand before the triage (possible before such moves were refused): the decision stands.
            events.publishEvent(new PathwayEvents.PathwayChanged(pathway.id()));
            return;
        }
        pathways.update(changed, event.actor(), now);
        changeLog.record(ChangeLog.change(pathway.personId().value(), "PATHWAY", pathway.id(),
                "Forløp: " + changed.state().label(), event.actor(), now, null, InformationCategory.ADMIN).heldBy(pathway.clinicOrgNumber()));
        worklist.refreshMilestones(changed, today);
        events.publishEvent(new PathwayEvents.PathwayChanged(changed.id()));
    }

    @EventListener
    void on(ReferralRegisteredInError event) {
        Optional<Pathway> found = pathways.byReferral(event.referralId());
        found.filter(p -> p.state().open()).ifPresent(pathway -> {
            LocalDate today = LocalDate.now(clock);
            Instant now = clock.instant();
            Pathway closed = pathway.closeWithoutOutcome("Henvisningen er registrert feil: " + event.reason(), today);
            pathways.update(closed, event.actor(), now);
            changeLog.record(ChangeLog.change(pathway.personId().value(), "PATHWAY", pathway.id(),
                    "Forløp avsluttet fordi henvisningen er registrert feil", event.actor(), now, event.reason(),
                    InformationCategory.ADMIN).heldBy(pathway.clinicOrgNumber()));
            worklist.refreshMilestones(closed, today);
        });
        // Announced also when the pathway was already closed: the referral's voiding changes what it counts for.
        found.ifPresent(p -> events.publishEvent(new PathwayEvents.PathwayChanged(p.id())));
    }
}
