package no.samspill.pathway;

import java.time.LocalDate;
import no.samspill.access.PersonDataAccess;
import no.samspill.sickleave.SickLeaveTimeline;
import no.samspill.sickleave.SickLeaveTimelines;
import no.samspill.sickleave.TimelineMilestone;
import org.springframework.stereotype.Component;

/** Keeps a pathway's worklist rows in line with its state, coordinator, tasks and open milestones. */
@Component
class WorklistMaintenance {

    private final WorklistItems items;
    private final SickLeaveTimelines timelines;
    private final MilestoneRuleVersions ruleVersions;
    private final PersonDataAccess access;

    WorklistMaintenance(WorklistItems items, SickLeaveTimelines timelines, MilestoneRuleVersions ruleVersions,
                        PersonDataAccess access) {
        this.ruleVersions = ruleVersions;
        this.access = access;
        this.items = items;
        this.timelines = timelines;
    }

    void taskOpened(PathwayTask task) {
        items.upsert(task.pathwayId(), WorklistKind.TASK, task.id().toString(), task.owner(), task.title(), task.dueDate());
    }

    void taskClosed(PathwayTask task) {
        items.remove(task.pathwayId(), WorklistKind.TASK, task.id().toString());
    }

    /**
     * Milestone and questionnaire rows belong to the coordinator; a closed pathway or one without a coordinator has no
     * milestone rows. A new coordinator takes over the due questionnaire rounds too. Records first the rules version the
     * rows are derived with (a closed pathway's is removed), which holds the pathway's derivation lock until commit
     * (decision 0042).
     */
    void refreshMilestones(Pathway pathway, LocalDate today) {
        if (!pathway.state().open()) {
            ruleVersions.closed(pathway.id());
            items.removeAll(pathway.id());
            return;
        }
        ruleVersions.deriving(pathway.id(), SickLeaveTimeline.RULES_VERSION);
        items.removeAll(pathway.id(), WorklistKind.MILESTONE);
        if (pathway.coordinator() == null) {
            return;
        }
        items.reassign(pathway.id(), WorklistKind.QUESTIONNAIRE, pathway.coordinator());
        SickLeaveTimeline timeline = access.asSystem(() -> timelines.timeline(pathway.personId(), today));
        // Open milestones only: not met (also by graded leave), not on request, not after a case that has ended.
        // One due after the last registered sick day leaves the worklist by itself the day after that day.
        for (TimelineMilestone m : timeline.openActionable()) {
            items.upsert(pathway.id(), WorklistKind.MILESTONE, m.kind().name(), pathway.coordinator(), m.kind().label(),
                    m.dueDate(), timeline.relevantUntil(m).orElse(null));
        }
    }
}
