package no.samspill.sickleave;

import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import java.time.LocalDate;

/** A milestone of the current case period as shown on the timeline: due date, whether and when it was met, status today. */
@PersonData(InformationCategory.WORK_FUNCTION)
public record TimelineMilestone(MilestoneKind kind, LocalDate dueDate, LocalDate metOn, MilestoneStatus status) {
}
