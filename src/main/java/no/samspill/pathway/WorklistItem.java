package no.samspill.pathway;

import java.time.LocalDate;
import java.util.UUID;

/** One line of a worklist. */
public record WorklistItem(UUID pathwayId, WorklistKind kind, String ref, String title, LocalDate dueDate,
                           boolean overdue, String patientName) {
}
