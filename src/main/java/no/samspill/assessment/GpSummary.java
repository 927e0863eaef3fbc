package no.samspill.assessment;

import java.time.LocalDate;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;

/**
 * The summary for the GP (epikrise-like): the team's summary text, the three work questions — always — and the
 * conclusion with recommended next steps.
 */
@PersonData(InformationCategory.HEALTH)
public record GpSummary(UUID pathwayId, UUID personId, LocalDate assessedOn, String summary,
                        Assessment.WorkAssessment work) {
}
