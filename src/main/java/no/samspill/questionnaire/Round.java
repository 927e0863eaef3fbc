package no.samspill.questionnaire;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import no.samspill.person.PersonId;

/** One round of an assignment: every instrument of the assignment, to be answered by the due date. */
@PersonData(InformationCategory.HEALTH)
public record Round(UUID id, UUID assignmentId, UUID pathwayId, PersonId personId, String label, LocalDate dueDate,
                    Instant completedAt, Instant cancelledAt, int version) {

    public Schedule.PlannedRound planned() {
        return new Schedule.PlannedRound(label, dueDate);
    }

    public RoundStatus status(LocalDate today) {
        if (completedAt != null) {
            return RoundStatus.ANSWERED;
        }
        if (cancelledAt != null) {
            return RoundStatus.CANCELLED;
        }
        if (dueDate.isAfter(today)) {
            return RoundStatus.PLANNED;
        }
        // Overdue once a week has passed after the due date.
        return dueDate.plusDays(7).isBefore(today) ? RoundStatus.OVERDUE : RoundStatus.DUE;
    }
}
