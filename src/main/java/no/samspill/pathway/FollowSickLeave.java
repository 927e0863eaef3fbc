package no.samspill.pathway;

import java.time.Clock;
import java.time.LocalDate;
import no.samspill.sickleave.SickLeaveEvents.TimelineChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When a person's sick leave changes, the milestones on the worklists of their open pathways move with it. */
@Component
class FollowSickLeave {

    private final Pathways pathways;
    private final WorklistMaintenance worklist;
    private final Clock clock;

    FollowSickLeave(Pathways pathways, WorklistMaintenance worklist, Clock clock) {
        this.pathways = pathways;
        this.worklist = worklist;
        this.clock = clock;
    }

    @EventListener
    void on(TimelineChanged event) {
        LocalDate today = LocalDate.now(clock);
        pathways.openOf(event.personId()).forEach(p -> worklist.refreshMilestones(p, today));
    }
}
