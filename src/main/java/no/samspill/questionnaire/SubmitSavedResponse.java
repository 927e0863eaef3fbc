package no.samspill.questionnaire;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.samspill.access.PersonDataAccess;
import no.samspill.instrument.Instrument;
import no.samspill.instrument.InstrumentLibrary;
import no.samspill.instrument.InstrumentRef;
import no.samspill.instrument.Score;
import no.samspill.shared.InvalidInputException;
import no.samspill.shared.RefusedChangeException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The careful path of {@link SubmitResponse}, one row-locked transaction: for a response the patient saved answers
 * to as they went (merged, version-checked), and for every submission the group commit sent back (a double submit, a
 * link that became unusable) so that the caller gets the precise refusal.
 */
@Service
class SubmitSavedResponse {

    private final Links links;
    private final Responses responses;
    private final Scores scores;
    private final Assignments assignments;
    private final InstrumentLibrary library;
    private final ApplicationEventPublisher events;
    private final PersonDataAccess access;

    SubmitSavedResponse(Links links, Responses responses, Scores scores, Assignments assignments,
                        InstrumentLibrary library, ApplicationEventPublisher events, PersonDataAccess access) {
        this.access = access;
        this.links = links;
        this.responses = responses;
        this.scores = scores;
        this.assignments = assignments;
        this.library = library;
        this.events = events;
    }

    @Transactional
    SubmittedResponse submit(String token, Instrument instrument, Map<String, String> given, Integer expectedVersion,
                             Instant now) {
        Links.LinkedRound link = PatientLinks.assignedLink(links, token, instrument.ref(), true, now);
        InstrumentRef ref = instrument.ref();
        Responses.Row response = responses.forUpdate(link.roundId(), ref.url())
                .orElseThrow(() -> InvalidInputException.of("version", "Ingen lagrede svar å sende inn"));
        if (response.submitted()) {
            throw new RefusedChangeException("Skjemaet er allerede sendt inn");
        }
        if (!response.ref().equals(ref)) {
            throw InvalidInputException.of("questionnaire", "Svarene er lagret for versjon "
                    + response.ref().version() + " av skjemaet");
        }
        UUID responseId = response.id();
        if (!given.isEmpty()) {
            responses.upsertAnswers(responseId, given);
        }
        responses.markSubmitted(response, expectedVersion, now, "patient");
        access.logWrites(java.util.List.of(access.linkWrite(link.personId().value(), "QuestionnaireResponse",
                responseId)));
        Map<String, String> all = new LinkedHashMap<>(responses.answers(responseId));
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
        events.publishEvent(new QuestionnaireEvents.ResponsesSubmitted(java.util.List.of(
                new QuestionnaireEvents.ResponseSubmitted(responseId, link.roundId(), link.pathwayId(), link.personId(),
                        instrument.id(), instrument.version(), score.complete()))));
        return new SubmittedResponse(responseId, link.roundId(), score, roundDone);
    }
}
