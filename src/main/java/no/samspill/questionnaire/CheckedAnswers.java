package no.samspill.questionnaire;

import java.util.Map;
import java.util.Optional;
import no.samspill.instrument.Answers;
import no.samspill.instrument.Instrument;
import no.samspill.instrument.InstrumentLibrary;
import no.samspill.instrument.InstrumentRef;
import no.samspill.instrument.Score;
import no.samspill.shared.FieldErrors;
import org.springframework.stereotype.Component;

/**
 * The one check and score every submission goes through, by link or by FHIR: each linkId must be a question of the
 * instrument version and each code one of its options (400/422 naming the field, nothing stored); then the
 * instrument's scorer.
 */
@Component
class CheckedAnswers {

    private final InstrumentLibrary library;

    CheckedAnswers(InstrumentLibrary library) {
        this.library = library;
    }

    Optional<Instrument> instrument(InstrumentRef ref) {
        return library.find(ref);
    }

    Score checkAndScore(Instrument instrument, Map<String, String> answers) {
        FieldErrors errors = new FieldErrors();
        Answers.check(instrument, answers, errors);
        errors.throwIfAny();
        return library.score(instrument, answers);
    }
}
