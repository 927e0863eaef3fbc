package no.samspill.trial;

import java.time.Instant;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;

/**
 * The allocation of one enrolled pathway: which trial, which arm, when and by whom it was enrolled, and, once withdrawn,
 * when, by whom and why. A withdrawn pathway keeps its arm (intention-to-treat).
 */
@PersonData(InformationCategory.ADMIN)
public record Allocation(UUID pathwayId, UUID personId, UUID trialId, String trialCode, String trialTitle,
                         TrialDesign design, String arm, String armLabel, String clinicOrgNumber, Instant enrolledAt,
                         String enrolledBy, Instant withdrawnAt, String withdrawnBy, String withdrawalReason) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
