package no.samspill.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * A cohort's dashboard: per workplace its arm, progress, survey results per wave and sick-leave before and after;
 * survey totals per wave, per arm and for the cohort; and the mean sick leave before and after per group. Survey
 * cells follow {@link SurveyDisclosure}, sick-leave groups {@link SickLeaveMeans#of} (decision 0032).
 */
public record CohortReport(Cohort cohort, Allocation allocation, List<Row> rows, Map<SurveyWave, SurveyCell> totals,
                           Map<Arm, Map<SurveyWave, SurveyCell>> armTotals, List<SurveyDefinition.Scale> scales,
                           Map<String, SickLeaveMeans> sickLeaveByGroup) {

    public record Row(Workplace workplace, Run run, RunProgress progress, Map<SurveyWave, SurveyCell> survey,
                      SickLeaveComparison sickLeave, boolean sickLeaveShown) {
    }

    /**
     * Mean sick leave before and after over a group's workplaces with both figures, counting only workplaces whose own
     * figures are shown (headcount at least {@value Suppression#MIN_N}); the means are shown only when at least
     * {@value #MIN_WORKPLACES} workplaces count, else only their number.
     */
    public record SickLeaveMeans(BigDecimal before, BigDecimal after, int workplaces) {

        public static final int MIN_WORKPLACES = 5;

        public static SickLeaveMeans of(List<SickLeaveComparison> shownAndComplete) {
            int n = shownAndComplete.size();
            if (n < MIN_WORKPLACES) {
                return new SickLeaveMeans(null, null, n);
            }
            return new SickLeaveMeans(average(shownAndComplete.stream().map(SickLeaveComparison::before).toList()),
                    average(shownAndComplete.stream().map(SickLeaveComparison::after).toList()), n);
        }

        public boolean shown() {
            return before != null && after != null;
        }

        private static BigDecimal average(List<BigDecimal> values) {
            return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
        }
    }
}
