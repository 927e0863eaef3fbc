package no.samspill.questionnaire;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import no.samspill.access.PersonDataAccess;
import no.samspill.instrument.Answers;
import no.samspill.instrument.Instrument;
import no.samspill.instrument.InstrumentLibrary;
import no.samspill.instrument.InstrumentRef;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.InvalidInputException;
import no.samspill.shared.RefusedChangeException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient answers one question; it is saved at once (upsert by linkId), so the questionnaire can be resumed and
 * two tabs never lose each other's answers. Authorised by the link token alone; the change is in the patient's access
 * log.
 */
@Service
public class SaveAnswer {

    private final Links links;
    private final Responses responses;
    private final InstrumentLibrary library;
    private final PersonDataAccess access;
    private final Clock clock;

    SaveAnswer(Links links, Responses responses, InstrumentLibrary library, PersonDataAccess access, Clock clock) {
        this.links = links;
        this.responses = responses;
        this.library = library;
        this.access = access;
        this.clock = clock;
    }

    /** Saves (or with a null code, clears) one answer; returns the response's new version. */
    @Transactional
    public int save(String token, InstrumentRef ref, String linkId, String code) {
        Instant now = clock.instant();
        Links.LinkedRound link = PatientLinks.usable(links, token, true, now);
        Instrument instrument = library.find(ref).filter(i -> PatientLinks.assigned(link, ref))
                .orElseThrow(() -> InvalidInputException.of("questionnaire", "Skjemaet hører ikke til denne lenken"));
        FieldErrors errors = new FieldErrors();
        if (code != null) {
            Answers.check(instrument, linkId, code, errors);
        } else if (instrument.item(linkId).isEmpty()) {
            errors.add("answers." + linkId, "Ukjent spørsmål «" + linkId + "»");
        }
        errors.throwIfAny();
        responses.insertIfAbsent(UUID.randomUUID(), link.roundId(), link.personId().value(), ref, false, now, null);
        Responses.Row response = responses.forUpdate(link.roundId(), ref.url()).orElseThrow();
        if (response.submitted()) {
            throw new RefusedChangeException("Skjemaet er allerede sendt inn og kan ikke endres");
        }
        if (code == null) {
            responses.removeAnswer(response.id(), linkId);
        } else {
            responses.upsertAnswers(response.id(), Map.of(linkId, code));
        }
        responses.touch(response.id());
        access.logWrites(java.util.List.of(access.linkWrite(link.personId().value(), "QuestionnaireResponse",
                response.id())));
        return response.version() + 1;
    }
}
