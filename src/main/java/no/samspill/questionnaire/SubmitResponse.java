package no.samspill.questionnaire;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samspill.access.PersonDataAccess;
import no.samspill.instrument.Instrument;
import no.samspill.instrument.InstrumentLibrary;
import no.samspill.instrument.InstrumentRef;
import no.samspill.instrument.Score;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * The patient submits one instrument of a round through their link: check → score → store. The answers are checked
 * and scored here ({@link CheckedAnswers}, the same code a FHIR create goes through), then stored by the group commit
 * ({@link SubmissionWriter}) in one transaction, so a bad answer stores nothing and nothing is acknowledged before it
 * is committed. Answers saved as the patient went are merged in the careful path ({@link SubmitSavedResponse}); the
 * response is then locked. When every instrument of the round is in, the round is answered and the link is used up.
 * The submission is in the patient's access log (committed with it).
 */
@Service
public class SubmitResponse {

    private final Links links;
    private final CheckedAnswers checked;
    private final SubmissionWriter writer;
    private final SubmitSavedResponse careful;
    private final PersonDataAccess access;
    private final Clock clock;

    SubmitResponse(Links links, CheckedAnswers checked, SubmissionWriter writer, SubmitSavedResponse careful,
                   PersonDataAccess access, Clock clock) {
        this.access = access;
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
        Links.LinkedRound link = PatientLinks.usable(links, token, false, now);
        Optional<Instrument> found = ref == null ? Optional.empty() : checked.instrument(ref);
        if (found.isEmpty()) {
            FieldErrors errors = new FieldErrors();
            errors.add("questionnaire", ref == null ? "Må oppgis"
                    : "Skjemaet «" + ref + "» finnes ikke (ukjent adresse eller versjon)");
            errors.throwIfAny();
        }
        Instrument instrument = found.get();
        if (!PatientLinks.assigned(link, ref)) {
            throw InvalidInputException.of("questionnaire", "Skjemaet «" + ref + "» hører ikke til denne lenken");
        }
        Map<String, String> given = answers == null ? Map.of() : answers;
        Score score = checked.checkAndScore(instrument, given);
        if (expectedVersion == null) {
            UUID responseId = UUID.randomUUID();
            Submission submission = new Submission(responseId, link.roundId(), link.pathwayId(), link.personId().value(),
                    link.label(), link.instruments().size(), instrument, given, score, now, "patient", link.tokenHash(),
                    null, access.linkWrite(link.personId().value(), "QuestionnaireResponse", responseId), null, null);
            Submission.Result result = writer.write(submission).result();
            if (result != Submission.Result.NOT_INSERTED) {
                return new SubmittedResponse(responseId, link.roundId(), score,
                        result == Submission.Result.ROUND_COMPLETED);
            }
        }
        return careful.submit(token, instrument, given, expectedVersion, now);
    }
}
