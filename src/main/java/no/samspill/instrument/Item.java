package no.samspill.instrument;

import java.util.List;
import java.util.Optional;

/**
 * One question of an instrument, with its fixed answer options. {@code scored} items count towards the total.
 * {@code group} is the linkId of the group the question stands in (null for a question at the top level).
 */
public record Item(String linkId, String prefix, String text, boolean required, boolean scored, List<AnswerOption> options,
                   String group) {

    public Item {
        options = List.copyOf(options);
    }

    public Optional<AnswerOption> option(String code) {
        for (AnswerOption o : options) {
            if (o.code().equals(code)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
