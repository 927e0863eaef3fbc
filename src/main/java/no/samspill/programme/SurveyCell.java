package no.samspill.programme;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Survey results of one cell (a workplace, or a cohort total, in one wave): the number of answers and the mean score
 * per scale, or nothing but "hidden" when too few answered. A hidden cell never carries its numbers.
 */
public record SurveyCell(boolean shown, Integer n, Map<String, BigDecimal> means) {

    public static final SurveyCell EMPTY = new SurveyCell(true, 0, Map.of());
    public static final SurveyCell HIDDEN = new SurveyCell(false, null, Map.of());

    public BigDecimal mean(String scale) {
        return means.get(scale);
    }
}
