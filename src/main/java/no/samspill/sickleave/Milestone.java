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

    /** The status judged with the case's leave (case ended, graded leave, informational dates). */
    public MilestoneStatus status(CasePeriod casePeriod, LocalDate doneOn, LocalDate today) {
        return MilestoneStatus.of(this, casePeriod, doneOn, today);
    }
}
