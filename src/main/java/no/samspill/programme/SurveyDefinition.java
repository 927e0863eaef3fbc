package no.samspill.programme;

import java.util.List;
import java.util.Optional;

/**
 * The workplace survey as read from its FHIR R4 Questionnaire: scales (the top-level groups) with their questions and
 * answer options (code, text, ordinal value). Samspill's own instrument, not a validated one.
 */
public record SurveyDefinition(String url, String version, String title, String description, List<Scale> scales) {

    /** A group of questions scored together as the mean of their ordinal values. */
    public record Scale(String linkId, String text, List<Question> questions) {
    }

    public record Question(String linkId, String text, boolean required, List<Option> options) {

        public Optional<Option> option(String code) {
            return options.stream().filter(o -> o.code().equals(code)).findFirst();
        }
    }

    public record Option(String code, String display, int ordinal) {
    }

    public String canonical() {
        return url + "|" + version;
    }

    public List<Question> questions() {
        return scales.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public int minOrdinal() {
        return questions().stream().flatMap(q -> q.options().stream()).mapToInt(Option::ordinal).min().orElse(0);
    }

    public int maxOrdinal() {
        return questions().stream().flatMap(q -> q.options().stream()).mapToInt(Option::ordinal).max().orElse(0);
    }
}
