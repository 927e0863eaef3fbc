package no.samspill.questionnaire;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samspill.access.AskedWrite;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import no.samspill.access.WriteDecision;
import no.samspill.access.WriteGrant;
import no.samspill.instrument.Instrument;
import no.samspill.instrument.Score;

/**
 * One checked and scored response on its way to the database ({@link SubmissionWriter}): the round it answers, the
 * answers and score, who submitted it, and either the link it came through ({@code tokenHash}) or the write decision
 * of the logged-in user: decided ({@code grant}), or asked for and decided by the writer with the rest of its batch
 * ({@code asked}). {@code newRound} is set when the response opens a round of its own.
 * A response recorded by a logged-in user does not know its round yet: it carries a {@code placement} instead (round,
 * pathway and label are then null), and the writer places it under its row locks. A response through a link knows
 * only its token: the writer finds the link's round (and person) under its locks.
 */
@PersonData(InformationCategory.HEALTH)
record Submission(UUID responseId, UUID roundId, UUID pathwayId, UUID personId, String roundLabel,
                  int roundInstruments, Instrument instrument, Map<String, String> answers, Score score, Instant at,
                  String submittedBy, byte[] tokenHash, NewRound newRound, WriteGrant grant, AskedWrite asked,
                  Placement placement) {

    /** An unscheduled round made for a response that no open round was waiting for (one instrument, due today). */
    record NewRound(UUID assignmentId, LocalDate dueDate) {
    }

    /**
     * Where a recorded response may go: the earliest open round of the person's open pathways (or of those of them in
     * {@code pathways}, when given) that is due by {@code dueBy}, includes the instrument version and has no response
     * to it yet; else an unscheduled round due {@code today} on the newest of those open pathways.
     */
    record Placement(List<UUID> pathways, LocalDate dueBy, LocalDate today) {

        Placement {
            pathways = List.copyOf(pathways);
        }
    }

    /** The same submission placed in a round (an open one, or a new unscheduled one when {@code newRound} is set). */
    Submission placedIn(UUID round, UUID pathway, String label, int instruments, NewRound fresh) {
        return new Submission(responseId, round, pathway, personId, label, instruments, instrument, answers, score, at,
                submittedBy, tokenHash, fresh, grant, asked, null);
    }

    /** A link submission, its link found usable: in the link's round, with the patient's own write entry. */
    Submission throughLink(UUID round, UUID pathway, UUID person, String label, int instruments, WriteGrant given) {
        return new Submission(responseId, round, pathway, person, label, instruments, instrument, answers, score, at,
                submittedBy, tokenHash, null, given, null, null);
    }

    /** The token hash as hex (how the writer's link query takes it). */
    String tokenHex() {
        return java.util.HexFormat.of().formatHex(tokenHash);
    }

    /** The same submission with its asked write granted. */
    Submission granted(WriteGrant given) {
        return new Submission(responseId, roundId, pathwayId, personId, roundLabel, roundInstruments, instrument,
                answers, score, at, submittedBy, tokenHash, newRound, given, null, placement);
    }

    /** What became of a submission: stored (and whether its round is now complete), or sent back to the careful path. */
    enum Result { STORED, ROUND_COMPLETED, NOT_INSERTED, NO_OPEN_PATHWAY, REFUSED }

    /** The result, with the submission as it was placed, and the refusal when its asked write was refused. */
    record Written(Result result, Submission submission, WriteDecision refusal) {

        Written(Result result, Submission submission) {
            this(result, submission, null);
        }
    }
}
