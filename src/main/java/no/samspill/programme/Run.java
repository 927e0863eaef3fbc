package no.samspill.programme;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A workplace's run of the programme, following a template; measures are followed up at the review date, and when
 * the follow-up took place its date and outcome are recorded ({@link RecordReview}). A run of
 * the "programme later" arm has the start it was postponed to ({@link PostponeRun}), else {@code postponedTo} is null.
 */
public record Run(UUID id, UUID workplaceId, String templateKey, LocalDate reviewOn, LocalDate reviewedOn,
                  String reviewOutcome, LocalDate postponedTo, int version) {

    public ProgrammeTemplate template() {
        return ProgrammeTemplate.byKey(templateKey).orElse(ProgrammeTemplate.STANDARD);
    }
}
