package no.samspill.questionnaire;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import no.samspill.access.WriteGrant;
import no.samspill.instrument.Instrument;
import no.samspill.instrument.Score;

/**
 * One checked and scored response on its way to the database ({@link SubmissionWriter}): the round it answers, the
 * answers and score, who submitted it, and either the link it came through ({@code tokenHash}) or the write decision
 * of the logged-in user ({@code grant}). {@code newRound} is set when the response opens a round of its own.
 */
@PersonData(InformationCategory.HEALTH)
record Submission(UUID responseId, UUID roundId, UUID pathwayId, UUID personId, String roundLabel,
                  int roundInstruments, Instrument instrument, Map<String, String> answers, Score score, Instant at,
                  String submittedBy, byte[] tokenHash, NewRound newRound, WriteGrant grant) {

    /** An unscheduled round made for a response that no open round was waiting for (one instrument, due today). */
    record NewRound(UUID assignmentId, LocalDate dueDate) {
    }

    /** What became of a submission: stored (and whether its round is now complete), or sent back to the careful path. */
    enum Result { STORED, ROUND_COMPLETED, NOT_INSERTED }
}
