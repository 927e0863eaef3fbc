package no.samspill.questionnaire;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;

/** A score as stored: what indicators query without re-scoring. */
@PersonData(InformationCategory.HEALTH)
public record StoredScore(UUID responseId, UUID roundId, String roundLabel, String instrument, String instrumentVersion,
                          Integer total, int maxTotal, String band, Boolean caseness, boolean complete,
                          boolean workNotApplicable, List<String> missing, Instant scoredAt, UUID supersededBy) {
}
