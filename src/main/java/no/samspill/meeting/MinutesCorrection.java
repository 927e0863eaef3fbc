package no.samspill.meeting;

import java.time.Instant;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;

/** What finalised minutes said before a correction, who corrected them, when and why. */
@PersonData(InformationCategory.WORK_FUNCTION)
public record MinutesCorrection(UUID meetingId, String oldSituation, String oldConclusion, String reason,
                                String correctedBy, Instant correctedAt) {
}
