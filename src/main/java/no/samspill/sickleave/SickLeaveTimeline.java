package no.samspill.sickleave;

import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the pathway page shows about sick leave on one day: the periods, the current case period, its milestones
 * with status, the early window, the (simplified) max date and remaining sick-pay days.
 */
@PersonData(InformationCategory.WORK_FUNCTION)
public record SickLeaveTimeline(LocalDate today, List<RegisteredSickLeavePeriod> periods, Optional<CasePeriod> casePeriod,
                                List<TimelineMilestone> milestones, Optional<EarlyWindow> earlyWindow,
                                Optional<LocalDate> maxDate, Optional<Integer> remainingSickPayDays) {

    /**
     * The version of the rules that judge the milestones ({@link MilestoneStatus#of(Milestone, CasePeriod,
     * LocalDate, LocalDate)}, {@link #openActionable()}, {@link #relevantUntil}): 1 is decision 0034, 2 decision 0039.
     * Raise it with every change that can change a stored judgement; worklist rows derived with an older version are
     * derived again at start-up (decision 0042).
     */
    public static final int RULES_VERSION = 2;

    public boolean todayInEarlyWindow() {
        return earlyWindow.map(w -> w.contains(today)).orElse(false);
    }

    /**
     * Milestones the clinic coordinator can act on and that are still open: not met (by a recorded date or by graded
     * leave), not merely on request, and not after a case that has ended.
     */
    public List<TimelineMilestone> openActionable() {
        return milestones.stream()
                .filter(m -> m.status().open() && m.kind().actionableForClinicCoordinator())
                .toList();
    }

    /**
     * The last day an open milestone is relevant, if it has one: a milestone due after the last registered sick day
     * applies only while the leave lasts, so from the day after it (back at work, unless more leave is registered)
     * it is {@link MilestoneStatus#NOT_RELEVANT}. Empty for a milestone due within the registered leave.
     */
    public Optional<LocalDate> relevantUntil(TimelineMilestone milestone) {
        return casePeriod.filter(c -> milestone(milestone).afterCase(c)).map(CasePeriod::end);
    }

    /**
     * True when the milestone is a duty in the current case period by its registered leave ({@link Milestone#isDuty}):
     * not held only on request ({@link Milestone#onRequest}) and not due after the case's last registered sick day (the day
     * {@link #relevantUntil} gives). Met or not, and whatever today is: counts of the duty (the indicators) count only
     * these. Registering more leave, or registering leave in error, changes the case period and so the judgement.
     */
    public boolean isDuty(TimelineMilestone milestone) {
        return casePeriod.map(c -> milestone(milestone).isDuty(c)).orElse(false);
    }

    private static Milestone milestone(TimelineMilestone m) {
        return new Milestone(m.kind(), m.dueDate());
    }
}
