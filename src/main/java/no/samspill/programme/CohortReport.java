package no.samspill.programme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A cohort's dashboard: per workplace its arm, progress, survey results per wave and sick-leave before and after;
 * survey totals per wave; and the mean sick leave before and after per arm. Survey cells follow {@link Suppression}.
 */
public record CohortReport(Cohort cohort, Allocation allocation, List<Row> rows, Map<SurveyWave, SurveyCell> totals,
                           List<SurveyDefinition.Scale> scales, Map<String, SickLeaveMeans> sickLeaveByGroup) {

    public record Row(Workplace workplace, Run run, RunProgress progress, Map<SurveyWave, SurveyCell> survey,
                      SickLeaveComparison sickLeave, boolean sickLeaveShown) {
    }

    /** Mean sick leave before and after over the workplaces with both figures. */
    public record SickLeaveMeans(BigDecimal before, BigDecimal after, int workplaces) {
    }
}
