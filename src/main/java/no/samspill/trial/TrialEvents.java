package no.samspill.trial;

import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;

/** What the trial module announces, within the enrolling or withdrawing transaction. */
public final class TrialEvents {

    private TrialEvents() {
    }

    /** A pathway was enrolled and allocated to an arm (indicators split by arm listen to this). */
    @PersonData(InformationCategory.ADMIN)
    public record PathwayEnrolled(UUID pathwayId, String trialCode, String arm) {
    }

    /**
     * An enrolled pathway was withdrawn from its trial. It keeps its arm (intention-to-treat); the indicators refresh it
     * as for enrolment.
     */
    @PersonData(InformationCategory.ADMIN)
    public record PathwayWithdrawn(UUID pathwayId, String trialCode, String arm) {
    }
}
