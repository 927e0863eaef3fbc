package no.samspill.trial;

import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;

/** What the trial module announces, within the enrolling transaction. */
public final class TrialEvents {

    private TrialEvents() {
    }

    /** A pathway was enrolled and allocated to an arm (indicators split by arm listen to this). */
    @PersonData(InformationCategory.ADMIN)
    public record PathwayEnrolled(UUID pathwayId, String trialCode, String arm) {
    }
}
