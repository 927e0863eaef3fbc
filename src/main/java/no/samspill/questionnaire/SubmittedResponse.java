package no.samspill.questionnaire;

import java.util.UUID;
import no.samspill.instrument.Score;

/** The result of a submission: the stored response, its score, and whether the round is now answered. */
public record SubmittedResponse(UUID responseId, UUID roundId, Score score, boolean roundCompleted) {
}
