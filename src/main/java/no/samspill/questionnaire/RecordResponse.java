package no.samspill.questionnaire;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import no.samspill.access.WriteGrant;
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
 * same. The response fills the patient's open round for that instrument on any open pathway (not completed, due within
 * {@value #DUE_WITHIN_DAYS} days, not answered yet for it); without one, it opens an unscheduled round of its own on the
 * pathway. It answers the response as stored (no second read). Who may write is asked of access.PersonDataAccess (HEALTH), and the entry commits with the response.
 */
@Service
public class RecordResponse {

    static final String UNSCHEDULED = "UNSCHEDULED";
    static final int DUE_WITHIN_DAYS = 7;

    private final CheckedAnswers checked;
    private final Assignments assignments;
    private final SubmissionWriter writer;
    private final PersonDataAccess access;
    private final Clock clock;

    RecordResponse(CheckedAnswers checked, Assignments assignments, SubmissionWriter writer, PersonDataAccess access,
                   Clock clock) {
        this.checked = checked;
        this.assignments = assignments;
        this.writer = writer;
        this.access = access;
        this.clock = clock;
    }

    /**
     * {@code openPathways} are the person's open pathways, newest first, as read by the adapter through the pathway's
     * own queries: an open round on any of them is filled; an unscheduled round goes on the first.
     */
    public ResponseDetails record(PersonId personId, List<UUID> openPathways, InstrumentRef ref,
                                  Map<String, String> answers, String actor) {
        if (openPathways.isEmpty()) {
            throw new RefusedChangeException("Pasienten har ikke noe åpent forløp");
        }
        UUID newest = openPathways.get(0);
        Instrument instrument = ref == null ? null : checked.instrument(ref).orElse(null);
        if (instrument == null) {
            FieldErrors errors = new FieldErrors();
            errors.add("questionnaire", ref == null ? "Må oppgis"
                    : "Skjemaet «" + ref + "» finnes ikke (ukjent adresse eller versjon)");
            errors.throwIfAny();
        }
        Score score = checked.checkAndScore(instrument, answers);
        UUID responseId = UUID.randomUUID();
        WriteGrant grant = access.requireWriteLater(personId.value(), InformationCategory.HEALTH, "QuestionnaireResponse",
                responseId);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        for (int attempt = 0; attempt < 2; attempt++) {
            // A second attempt (the open round was answered meanwhile) opens a round of its own.
            java.util.Optional<Assignments.OpenRound> open = attempt == 0
                    ? assignments.openRound(openPathways, ref, today.plusDays(DUE_WITHIN_DAYS))
                    : java.util.Optional.empty();
            Submission submission = open
                    .map(r -> new Submission(responseId, r.roundId(), r.pathwayId(), personId.value(), r.label(),
                            r.instruments(), instrument, answers, score, now, actor, null, null, grant))
                    .orElseGet(() -> new Submission(responseId, UUID.randomUUID(), newest, personId.value(),
                            UNSCHEDULED, 1, instrument, answers, score, now, actor, null,
                            new Submission.NewRound(UUID.randomUUID(), today), grant));
            Submission.Result result = writer.write(submission);
            if (result != Submission.Result.NOT_INSERTED) {
                return new ResponseDetails(responseId, personId, submission.roundId(), ref, true, now, now, actor, null,
                        null, null, 0, Map.copyOf(answers));
            }
        }
        throw new RefusedChangeException("Svaret kunne ikke lagres; prøv igjen");
    }
}
