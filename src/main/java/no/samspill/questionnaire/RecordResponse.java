package no.samspill.questionnaire;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import no.samspill.access.AskedWrite;
import no.samspill.instrument.Instrument;
import no.samspill.instrument.InstrumentRef;
import no.samspill.instrument.Score;
import no.samspill.person.PersonId;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.RefusedChangeException;
import org.springframework.stereotype.Service;

/**
 * A logged-in user records a completed response for a patient: the clinic team typing in a paper form, or the patient
 * themself (FHIR create). The answers are checked and scored by the same code as a submission through a link
 * ({@link CheckedAnswers}) and stored by the same group commit ({@link SubmissionWriter}), so the stored score is the
 * same. The response fills the patient's open round for that instrument on an open pathway (not completed, due within
 * {@value #DUE_WITHIN_DAYS} days, not answered yet for it); without one, it opens an unscheduled round of its own on
 * the newest open pathway. The writer finds that round under its row locks, for the whole batch at once, so the
 * request itself reads nothing. Who may write (HEALTH) is asked of access.PersonDataAccess now and decided by the
 * writer with the rest of its batch (one look-up of relationships); the entry commits with the response, and a
 * refusal is thrown here. It answers the response as stored (no second read).
 */
@Service
public class RecordResponse {

    static final String UNSCHEDULED = "UNSCHEDULED";
    static final int DUE_WITHIN_DAYS = 7;

    private final CheckedAnswers checked;
    private final SubmissionWriter writer;
    private final PersonDataAccess access;
    private final Clock clock;

    RecordResponse(CheckedAnswers checked, SubmissionWriter writer, PersonDataAccess access, Clock clock) {
        this.checked = checked;
        this.writer = writer;
        this.access = access;
        this.clock = clock;
    }

    /**
     * {@code pathways} limits where the response may go (an unscheduled round goes on the newest open one of them);
     * empty means any open pathway of the person.
     *
     * @throws NoOpenPathwayException when the person has no open pathway (of those given)
     */
    public ResponseDetails record(PersonId personId, List<UUID> pathways, InstrumentRef ref,
                                  Map<String, String> answers, String actor) {
        Instrument instrument = ref == null ? null : checked.instrument(ref).orElse(null);
        if (instrument == null) {
            FieldErrors errors = new FieldErrors();
            errors.add("questionnaire", ref == null ? "Må oppgis"
                    : "Skjemaet «" + ref + "» finnes ikke (ukjent adresse eller versjon)");
            errors.throwIfAny();
        }
        Score score = checked.checkAndScore(instrument, answers);
        UUID responseId = UUID.randomUUID();
        AskedWrite asked = access.askWrite(personId.value(), InformationCategory.HEALTH, "QuestionnaireResponse",
                responseId);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Submission submission = new Submission(responseId, null, null, personId.value(), null, 0, instrument, answers,
                score, now, actor, null, null, null, asked,
                new Submission.Placement(pathways, today.plusDays(DUE_WITHIN_DAYS), today));
        // A second attempt covers a round answered by someone else between placing and inserting.
        for (int attempt = 0; attempt < 2; attempt++) {
            Submission.Written written = writer.write(submission);
            switch (written.result()) {
                case NO_OPEN_PATHWAY -> throw new NoOpenPathwayException();
                case REFUSED -> access.refuse(written.refusal());
                case NOT_INSERTED -> {
                    continue;
                }
                default -> {
                    return new ResponseDetails(responseId, personId, written.submission().roundId(), ref, true, now,
                            now, actor, null, null, null, 0, Map.copyOf(answers));
                }
            }
        }
        throw new RefusedChangeException("Svaret kunne ikke lagres; prøv igjen");
    }
}
