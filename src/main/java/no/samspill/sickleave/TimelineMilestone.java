package no.samspill.sickleave;

import java.time.LocalDate;

/** A milestone of the current case period as shown on the timeline: due date, whether and when it was met, status today. */
public record TimelineMilestone(MilestoneKind kind, LocalDate dueDate, LocalDate metOn, MilestoneStatus status) {
}
