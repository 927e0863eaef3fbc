package no.samspill.questionnaire;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import no.samspill.access.ClinicScope;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import no.samspill.history.ChangeLog;
import no.samspill.instrument.Answers;
import no.samspill.instrument.Instrument;
import no.samspill.instrument.InstrumentLibrary;
import no.samspill.instrument.Score;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.NotFoundException;
import no.samspill.shared.RefusedChangeException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A submitted response is never changed: a correction (for instance a misread answer the patient reports) is a new,
 * complete response that references the old one, with a reason; its score replaces the old score in trends and
 * indicators, and both stay in the record.
 */
@Service
public class CorrectResponse {

    private final Responses responses;
    private final Scores scores;
    private final Assignments assignments;
    private final InstrumentLibrary library;
    private final PersonDataAccess access;
    private final ChangeLog changeLog;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    CorrectResponse(Responses responses, Scores scores, Assignments assignments, InstrumentLibrary library,
                    PersonDataAccess access, ChangeLog changeLog,
                    org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.responses = responses;
        this.scores = scores;
        this.assignments = assignments;
        this.library = library;
        this.access = access;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    @Transactional
    public SubmittedResponse correct(UUID pathwayId, UUID responseId, Map<String, String> answers, String reason,
                                     String actor) {
        Responses.Row old = responses.byId(responseId).orElseThrow(() -> new NotFoundException("Svaret"));
        Round round = assignments.round(old.roundId()).filter(r -> r.pathwayId().equals(pathwayId))
                .orElseThrow(() -> new NotFoundException("Svaret"));
        if (!old.submitted()) {
            throw new RefusedChangeException("Bare innsendte svar kan korrigeres");
        }
        Instrument instrument = library.find(old.ref()).orElseThrow(() -> new NotFoundException("Skjemaet"));
        FieldErrors errors = new FieldErrors();
        errors.check(reason != null && !reason.isBlank() && reason.length() <= 1000, "reason",
                "Skriv hvorfor svaret korrigeres (høyst 1000 tegn)");
        Answers.check(instrument, answers == null ? Map.of() : answers, errors);
        errors.throwIfAny();
        access.requireWrite(round.personId().value(), ClinicScope.pathway(round.pathwayId()), InformationCategory.HEALTH,
                "QuestionnaireResponse", responseId);
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        responses.insertCorrection(id, old, reason.trim(), now, actor);
        responses.upsertAnswers(id, answers);
        Score score = library.score(instrument, answers);
        if (score.status() != Score.Status.NOT_SCORED) {
            scores.insert(id, round.personId().value(), pathwayId, round.id(), round.label(), instrument, score, now);
            scores.supersede(old.id(), id);
        }
        changeLog.record(ChangeLog.change(round.personId().value(), "QUESTIONNAIRE_RESPONSE", id, "Svar korrigert", actor,
                now, instrument.title() + ": " + reason.trim(), InformationCategory.HEALTH).heldBy(access.clinicOfPathway(round.pathwayId())));
        events.publishEvent(new QuestionnaireEvents.ResponseCorrected(pathwayId, old.id(), id));
        return new SubmittedResponse(id, round.id(), score, round.completedAt() != null);
    }
}
