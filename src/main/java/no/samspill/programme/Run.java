package no.samspill.programme;

import java.time.LocalDate;
import java.util.UUID;

/** A workplace's run of the programme, following a template; measures are followed up at the review date. */
public record Run(UUID id, UUID workplaceId, String templateKey, LocalDate reviewOn, int version) {

    public ProgrammeTemplate template() {
        return ProgrammeTemplate.byKey(templateKey).orElse(ProgrammeTemplate.STANDARD);
    }
}
