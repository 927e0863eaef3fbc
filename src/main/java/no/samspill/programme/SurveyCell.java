package no.samspill.programme;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Survey results of one cell (a workplace, an arm or a cohort total, in one wave): the number of answers and the mean
 * score per scale when shown; nothing but its status when hidden (too few answered, decision 0032) or not yet
 * published (the wave is still open somewhere in the cohort). Only a shown cell carries numbers.
 */
public record SurveyCell(Status status, Integer n, Map<String, BigDecimal> means) {

    /** Whether a cell is shown, hidden by suppression, or waits for its wave to close. */
    public enum Status { SHOWN, SUPPRESSED, NOT_PUBLISHED }

    public static final SurveyCell EMPTY = new SurveyCell(Status.SHOWN, 0, Map.of());
    public static final SurveyCell HIDDEN = new SurveyCell(Status.SUPPRESSED, null, Map.of());
    public static final SurveyCell PENDING = new SurveyCell(Status.NOT_PUBLISHED, null, Map.of());

    static SurveyCell shown(int n, Map<String, BigDecimal> means) {
        return new SurveyCell(Status.SHOWN, n, means);
    }

    public boolean shown() {
        return status == Status.SHOWN;
    }

    public boolean pending() {
        return status == Status.NOT_PUBLISHED;
    }

    public BigDecimal mean(String scale) {
        return means.get(scale);
    }
}
