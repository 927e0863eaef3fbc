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

    /** The status judged with the case's leave (case ended, graded leave, informational dates). */
    public MilestoneStatus status(CasePeriod casePeriod, LocalDate doneOn, LocalDate today) {
        return MilestoneStatus.of(this, casePeriod, doneOn, today);
    }
}
