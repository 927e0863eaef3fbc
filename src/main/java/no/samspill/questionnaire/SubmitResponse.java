package no.samspill.questionnaire;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samspill.instrument.Answers;
import no.samspill.instrument.Instrument;
import no.samspill.instrument.InstrumentLibrary;
import no.samspill.instrument.InstrumentRef;
import no.samspill.instrument.Score;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.InvalidInputException;
import no.samspill.shared.RefusedChangeException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient submits one instrument of a round: validate → score → store, in one transaction, so a bad answer
 * stores nothing. The answers given here are merged over those saved as the patient went; the response is then
 * locked. When every instrument of the round is in, the round is answered and the link is used up.
 */
@Service
public class SubmitResponse {

    private final Links links;
    private final Responses responses;
    private final Scores scores;
    private final Assignments assignments;
    private final InstrumentLibrary library;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SubmitResponse(Links links, Responses responses, Scores scores, Assignments assignments, InstrumentLibrary library,
                   ApplicationEventPublisher events, Clock clock) {
        this.links = links;
        this.responses = responses;
        this.scores = scores;
        this.assignments = assignments;
        this.library = library;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param answers         option code by linkId (may be empty when everything was saved as the patient went)
     * @param expectedVersion the response version the patient saw, or null; a stale one is refused (409)
     */
    @Transactional
    public SubmittedResponse submit(String token, InstrumentRef ref, Map<String, String> answers, Integer expectedVersion) {
        Instant now = clock.instant();
        Links.LinkedRound link = PatientLinks.usable(links, token, true, now);
        FieldErrors errors = new FieldErrors();
        Optional<Instrument> found = ref == null ? Optional.empty() : library.find(ref);
        if (found.isEmpty()) {
            errors.add("questionnaire", ref == null ? "Må oppgis"
                    : "Skjemaet «" + ref + "» finnes ikke (ukjent adresse eller versjon)");
            errors.throwIfAny();
        }
        Instrument instrument = found.get();
        if (!PatientLinks.assigned(link, ref)) {
            throw InvalidInputException.of("questionnaire", "Skjemaet «" + ref + "» hører ikke til denne lenken");
        }
        Map<String, String> given = answers == null ? Map.of() : answers;
        Answers.check(instrument, given, errors);
        errors.throwIfAny();

        UUID responseId = UUID.randomUUID();
        Map<String, String> all;
        if (expectedVersion == null && responses.insertIfAbsent(responseId, link.roundId(), link.personId().value(), ref,
                true, now, "patient")) {
            all = given;                                     // the lean path: nothing saved before
            if (!given.isEmpty()) {
                responses.upsertAnswers(responseId, given, now);
            }
        } else {
            Responses.Row response = responses.forUpdate(link.roundId(), ref.url())
                    .orElseThrow(() -> InvalidInputException.of("version", "Ingen lagrede svar å sende inn"));
            if (response.submitted()) {
                throw new RefusedChangeException("Skjemaet er allerede sendt inn");
            }
            if (!response.ref().equals(ref)) {
                throw InvalidInputException.of("questionnaire", "Svarene er lagret for versjon "
                        + response.ref().version() + " av skjemaet");
            }
            responseId = response.id();
            if (!given.isEmpty()) {
                responses.upsertAnswers(responseId, given, now);
            }
            responses.markSubmitted(response, expectedVersion, now, "patient");
            all = new LinkedHashMap<>(responses.answers(responseId));
        }
        Score score = library.score(instrument, all);
        if (score.status() != Score.Status.NOT_SCORED) {
            scores.insert(responseId, link.personId().value(), link.pathwayId(), link.roundId(), link.label(), instrument,
                    score, now);
        }
        boolean roundDone = link.instruments().size() == 1 || responses.submittedCount(link.roundId())
                >= link.instruments().size();
        if (roundDone) {
            assignments.complete(link.roundId(), now);
            links.markUsed(link.tokenHash(), now);
            events.publishEvent(new QuestionnaireEvents.RoundClosed(link.pathwayId(), link.roundId()));
        }
        events.publishEvent(new QuestionnaireEvents.ResponseSubmitted(responseId, link.roundId(), link.pathwayId(),
                link.personId(), instrument.id(), instrument.version(), score.complete()));
        return new SubmittedResponse(responseId, link.roundId(), score, roundDone);
    }
}
