package no.samspill.questionnaire;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
 * A response recorded by a logged-in user does not know its round yet: it carries a {@code placement} instead (round,
 * pathway and label are then null), and the writer places it under its row locks.
 */
@PersonData(InformationCategory.HEALTH)
record Submission(UUID responseId, UUID roundId, UUID pathwayId, UUID personId, String roundLabel,
                  int roundInstruments, Instrument instrument, Map<String, String> answers, Score score, Instant at,
                  String submittedBy, byte[] tokenHash, NewRound newRound, WriteGrant grant, Placement placement) {

    /** An unscheduled round made for a response that no open round was waiting for (one instrument, due today). */
    record NewRound(UUID assignmentId, LocalDate dueDate) {
    }

    /**
     * Where a recorded response may go: the earliest open round of the person's open pathways (or of {@code pathways}
     * when given, newest first) that is due by {@code dueBy}, includes the instrument version and has no response to
     * it yet; else an unscheduled round due {@code today} on the newest of those pathways.
     */
    record Placement(List<UUID> pathways, LocalDate dueBy, LocalDate today) {

        Placement {
            pathways = List.copyOf(pathways);
        }
    }

    /** The same submission placed in a round (an open one, or a new unscheduled one when {@code newRound} is set). */
    Submission placedIn(UUID round, UUID pathway, String label, int instruments, NewRound fresh) {
        return new Submission(responseId, round, pathway, personId, label, instruments, instrument, answers, score, at,
                submittedBy, tokenHash, fresh, grant, null);
    }

    /** What became of a submission: stored (and whether its round is now complete), or sent back to the careful path. */
    enum Result { STORED, ROUND_COMPLETED, NOT_INSERTED, NO_OPEN_PATHWAY }

    /** The result, with the submission as it was placed. */
    record Written(Result result, Submission submission) {
    }
}
