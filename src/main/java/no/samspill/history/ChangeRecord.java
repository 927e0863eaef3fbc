package no.samspill.history;

import java.time.Instant;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;

/**
 * One recorded change. {@code action} is a short Norwegian description ("Henvisning registrert"); {@code category} is
 * the category of what the change describes, so the history shows each viewer only what they may see.
 */
@PersonData(InformationCategory.ADMIN)
public record ChangeRecord(UUID personId, String entityType, UUID entityId, String action, String actor, Instant at,
                           String detail, InformationCategory category) {
}
