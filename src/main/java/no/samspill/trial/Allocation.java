package no.samspill.trial;

import java.time.Instant;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;

/** The allocation of one enrolled pathway: which trial, which arm, when and by whom it was enrolled. */
@PersonData(InformationCategory.ADMIN)
public record Allocation(UUID pathwayId, UUID personId, UUID trialId, String trialCode, String trialTitle,
                         TrialDesign design, String arm, String armLabel, String clinicOrgNumber, Instant enrolledAt,
                         String enrolledBy) {
}
