package no.samspill.programme;

import java.time.LocalDate;
import java.util.UUID;

/** One step of a run: planned date, whether and when it was delivered, how many attended, notes. */
public record Step(UUID id, UUID runId, int position, StepKind kind, Topic topic, String title, LocalDate plannedOn,
                   LocalDate deliveredOn, Integer attendance, String notes, int version) {

    public boolean delivered() {
        return deliveredOn != null;
    }

    public boolean overdue(LocalDate today) {
        return !delivered() && plannedOn.isBefore(today);
    }
}
