package no.samspill.sickleave;

import java.time.LocalDate;
import java.util.Objects;

/** A statutory milestone of one case period and the date it is due. */
public record Milestone(MilestoneKind kind, LocalDate dueDate) {

    public Milestone {
        Objects.requireNonNull(kind, "Milepæl mangler");
        Objects.requireNonNull(dueDate, "Frist mangler");
    }

    /** @param doneOn the day it was done, or {@code null} when not done */
    public MilestoneStatus status(LocalDate doneOn, LocalDate today) {
        return MilestoneStatus.of(dueDate, doneOn, today);
    }

    /**
     * arbeidsmiljøloven § 4-6 (4): dialogue meeting 1 is called by week 7 when the person has been fully (100 %)
     * sick-listed; when no registered sick day from the case start through its due day is fully sick-listed, it is held
     * only when a party finds it useful. True for dialogue meeting 1 on request in this case period (decision 0039),
     * whether or not it was held; false for every other milestone. Leave after the due day does not count.
     */
    public boolean onRequest(CasePeriod casePeriod) {
        return kind == MilestoneKind.DIALOGUE_MEETING_1 && !casePeriod.fullyOffBy(dueDate);
    }

    /**
     * True when the milestone falls after the last registered sick day of the case period: the person is back at work
     * (unless more leave is registered, which changes the case period), so it is no duty. {@link MilestoneStatus#of(
     * Milestone, CasePeriod, LocalDate, LocalDate)} shows it as {@link MilestoneStatus#NOT_RELEVANT} once that day has
     * passed; {@link SickLeaveTimeline#relevantUntil} gives that day.
     */
    public boolean afterCase(CasePeriod casePeriod) {
        return dueDate.isAfter(casePeriod.end());
    }

    /**
     * True when the milestone is a duty in this case period by its registered leave: neither held only on request
     * ({@link #onRequest}) nor due after the case's last registered sick day ({@link #afterCase}). Whether it was met
     * does not matter, and neither does today's date: a change of the registered leave changes the case period.
     */
    public boolean isDuty(CasePeriod casePeriod) {
        return !onRequest(casePeriod) && !afterCase(casePeriod);
    }

    /** The status judged with the case's leave (case ended, graded leave, informational dates). */
    public MilestoneStatus status(CasePeriod casePeriod, LocalDate doneOn, LocalDate today) {
        return MilestoneStatus.of(this, casePeriod, doneOn, today);
    }
}
