package no.samspill.history;

import java.time.Instant;
import java.util.UUID;

/** One recorded change. {@code action} is a short Norwegian description ("Henvisning registrert"). */
public record ChangeRecord(UUID personId, String entityType, UUID entityId, String action, String actor, Instant at,
                           String detail) {
}
