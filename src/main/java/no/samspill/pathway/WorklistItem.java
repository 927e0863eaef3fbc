package no.samspill.pathway;

import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import java.time.LocalDate;
import java.util.UUID;

/** One line of a worklist. */
@PersonData(InformationCategory.ADMIN)
public record WorklistItem(UUID pathwayId, WorklistKind kind, String ref, String title, LocalDate dueDate,
                           boolean overdue, String patientName) {
}
