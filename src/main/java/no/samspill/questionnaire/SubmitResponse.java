package no.samspill.questionnaire;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samspill.instrument.Instrument;
import no.samspill.instrument.InstrumentRef;
import no.samspill.instrument.Score;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * The patient submits one instrument of a round through their link: check → score → store. The answers are checked
 * and scored here ({@link CheckedAnswers}, the same code a FHIR create goes through), then stored by the group commit
 * ({@link SubmissionWriter}), which looks the link up (for its whole batch at once) and stores it in one transaction,
 * so a bad answer stores nothing and nothing is acknowledged before it is committed. Answers saved as the patient went
 * are merged in the careful path ({@link SubmitSavedResponse}); the response is then locked. A link that is unknown,
 * used up, expired or not for this instrument is explained there. When every instrument of the round is in, the round
 * is answered and the link is used up. The submission is in the patient's access log (committed with it).
 */
@Service
public class SubmitResponse {

    private final Links links;
    private final CheckedAnswers checked;
    private final SubmissionWriter writer;
    private final SubmitSavedResponse careful;
    private final Clock clock;

    SubmitResponse(Links links, CheckedAnswers checked, SubmissionWriter writer, SubmitSavedResponse careful,
                   Clock clock) {
        this.links = links;
        this.checked = checked;
        this.writer = writer;
        this.careful = careful;
        this.clock = clock;
    }

    /**
     * @param answers         option code by linkId (may be empty when everything was saved as the patient went)
     * @param expectedVersion the response version the patient saw, or null; a stale one is refused (409)
     */
    public SubmittedResponse submit(String token, InstrumentRef ref, Map<String, String> answers, Integer expectedVersion) {
        Instant now = clock.instant();
        if (!LinkTokens.wellFormed(token)) {
            throw new LinkNotUsableException(LinkNotUsableException.Reason.UNKNOWN);
        }
        Optional<Instrument> found = ref == null ? Optional.empty() : checked.instrument(ref);
        if (found.isEmpty()) {
            FieldErrors errors = new FieldErrors();
            errors.add("questionnaire", ref == null ? "Må oppgis"
                    : "Skjemaet «" + ref + "» finnes ikke (ukjent adresse eller versjon)");
            errors.throwIfAny();
        }
        Instrument instrument = found.get();
        Map<String, String> given = answers == null ? Map.of() : answers;
        Score score;
        try {
            score = checked.checkAndScore(instrument, given);
        } catch (InvalidInputException badAnswers) {
            // A link that cannot be used, or is not for this questionnaire, is the first thing to tell.
            PatientLinks.assignedLink(links, token, ref, false, now);
            throw badAnswers;
        }
        if (expectedVersion == null) {
            // The writer finds the link's round under its locks; anything it cannot store goes the careful way.
            UUID responseId = UUID.randomUUID();
            Submission submission = new Submission(responseId, null, null, null, null, 0, instrument, given, score, now,
                    "patient", LinkTokens.hash(token), null, null, null, null);
            Submission.Written written = writer.write(submission);
            if (written.result() != Submission.Result.NOT_INSERTED) {
                return new SubmittedResponse(responseId, written.submission().roundId(), score,
                        written.result() == Submission.Result.ROUND_COMPLETED);
            }
        }
        // The careful path locks the link and names what is wrong with it (401, 409, or 400 for another questionnaire).
        return careful.submit(token, instrument, given, expectedVersion, now);
    }
}
