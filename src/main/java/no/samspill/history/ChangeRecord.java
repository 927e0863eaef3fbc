package no.samspill.history;

import java.time.Instant;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;

/**
 * One recorded change. {@code action} is a short Norwegian description ("Henvisning registrert"); {@code category} is
 * the category of what the change describes, and {@code clinicOrgNumber} the clinic holding the pathway or referral it
 * belongs to (null for person-level data such as sick-leave periods), so the history shows each viewer only what they
 * may see (decision 0030).
 */
@PersonData(InformationCategory.ADMIN)
public record ChangeRecord(UUID personId, String entityType, UUID entityId, String action, String actor, Instant at,
                           String detail, InformationCategory category, String clinicOrgNumber) {

    /** The same change, belonging to a pathway or referral held by this clinic. */
    public ChangeRecord heldBy(String clinic) {
        return new ChangeRecord(personId, entityType, entityId, action, actor, at, detail, category, clinic);
    }
}
