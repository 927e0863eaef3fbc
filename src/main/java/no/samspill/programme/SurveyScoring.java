package no.samspill.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.shared.FieldErrors;

/**
 * Checks and scores one anonymous survey response. Answers are codes per question linkId; an unknown linkId or
 * code, or a required question left out, is a field error and nothing is stored. A scale's score is the mean of its
 * ordinal values; a scale with a missing answer gets no score (flagged, never guessed).
 */
public final class SurveyScoring {

    private SurveyScoring() {
    }

    /** The ordinal value per linkId and the score per scale (null when incomplete). */
    public record Scored(Map<String, Integer> values, Map<String, BigDecimal> scores) {
    }

    public static Scored score(SurveyDefinition definition, Map<String, String> answers) {
        FieldErrors errors = new FieldErrors();
        Set<String> known = definition.questions().stream().map(SurveyDefinition.Question::linkId)
                .collect(Collectors.toSet());
        answers.keySet().stream().filter(k -> !known.contains(k)).sorted()
                .forEach(k -> errors.add(k, "Ukjent spørsmål"));
        Map<String, Integer> values = new LinkedHashMap<>();
        int number = 0;
        for (SurveyDefinition.Question q : definition.questions()) {
            number++;
            String code = answers.get(q.linkId());
            if (code == null || code.isBlank()) {
                errors.check(!q.required(), q.linkId(), "Svar på spørsmål " + number);
                continue;
            }
            String label = "Spørsmål " + number + ": velg et av svaralternativene";
            q.option(code.trim()).ifPresentOrElse(o -> values.put(q.linkId(), o.ordinal()),
                    () -> errors.add(q.linkId(), label));
        }
        errors.throwIfAny();
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (SurveyDefinition.Scale scale : definition.scales()) {
            boolean complete = scale.questions().stream().allMatch(q -> values.containsKey(q.linkId()));
            scores.put(scale.linkId(), complete ? mean(scale, values) : null);
        }
        return new Scored(values, scores);
    }

    private static BigDecimal mean(SurveyDefinition.Scale scale, Map<String, Integer> values) {
        int sum = scale.questions().stream().mapToInt(q -> values.get(q.linkId())).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scale.questions().size()), 3, RoundingMode.HALF_UP);
    }
}
