package no.samspill.programme;

import java.util.List;

/**
 * Everything about one workplace's run that its pages show: the workplace, run, steps, progress, measures, the
 * material for the next step, survey links, closed waves and results (as published, decision 0032), and the sick-leave figures.
 */
public record RunView(Workplace workplace, Cohort cohort, Run run, List<Step> steps, RunProgress progress,
                      List<Measure> measures, List<ContentItem> nextMaterial, List<SurveyLink> surveyLinks,
                      java.util.Map<SurveyWave, SurveyCell> survey, java.util.Set<SurveyWave> closedWaves,
                      List<SickLeaveFigure> sickLeave,
                      SickLeaveComparison sickLeaveComparison) {
}
