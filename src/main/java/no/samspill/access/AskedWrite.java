package no.samspill.access;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A write asked for on the request thread ({@link PersonDataAccess#askWrite}) and decided later, together with others,
 * inside the transaction that makes the change ({@link PersonDataAccess#decideWrites}): who asks (captured now), for
 * whose data, which category and resource, and the day of asking. It names the person, not their data: ADMIN.
 */
@PersonData(InformationCategory.ADMIN)
public final class AskedWrite {

    final Viewer viewer;
    final UUID personId;
    final InformationCategory category;
    final String resourceType;
    final Object resourceId;
    final LocalDate today;

    AskedWrite(Viewer viewer, UUID personId, InformationCategory category, String resourceType, Object resourceId,
               LocalDate today) {
        this.viewer = viewer;
        this.personId = personId;
        this.category = category;
        this.resourceType = resourceType;
        this.resourceId = resourceId;
        this.today = today;
    }
}
