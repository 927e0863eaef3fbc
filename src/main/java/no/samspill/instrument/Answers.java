package no.samspill.instrument;

import java.util.Map;
import no.samspill.shared.FieldErrors;

/** Checks answers against an instrument's definition: every linkId must be a question, every code one of its options. */
public final class Answers {

    private Answers() {
    }

    /** Records a field error ({@code answers.<linkId>}) for each unknown question or answer out of range. */
    public static void check(Instrument instrument, Map<String, String> answers, FieldErrors errors) {
        answers.forEach((linkId, code) -> check(instrument, linkId, code, errors));
    }

    public static void check(Instrument instrument, String linkId, String code, FieldErrors errors) {
        String field = "answers." + linkId;
        Item item = instrument.item(linkId).filter(i -> !i.options().isEmpty()).orElse(null);
        if (item == null) {
            errors.add(field, "Ukjent spørsmål «" + linkId + "» i " + instrument.title());
        } else if (code == null || item.option(code).isEmpty()) {
            errors.add(field, "Svaret «" + code + "» er ikke et av svaralternativene ("
                    + String.join(", ", item.options().stream().map(AnswerOption::code).toList()) + ")");
        }
    }
}
