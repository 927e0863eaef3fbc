package no.samspill.programme;

import java.time.LocalDate;
import java.util.UUID;

/** A workplace measure from the IA process: what is done, which role owns it, by when, and its status. */
public record Measure(UUID id, UUID runId, String what, OwnerRole ownerRole, LocalDate dueOn, MeasureStatus status,
                      int version) {

    public boolean overdue(LocalDate today) {
        return status.open() && dueOn.isBefore(today);
    }
}
