package no.samspill.programme;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@link SurveyWindow} applied to a stored run: reads the run's steps and closed waves and asks the rule. The one
 * place that opening a wave ({@link OpenSurvey}), answering it ({@link SubmitSurveyResponse}) and showing the survey
 * page ({@link ProgrammeQueries#surveyRefusal}) go through.
 */
@Component
class SurveyWindowCheck {

    private final Runs runs;
    private final SurveyWaves waves;

    SurveyWindowCheck(Runs runs, SurveyWaves waves) {
        this.runs = runs;
        this.waves = waves;
    }

    /** Why the run's wave takes no answers on {@code today}, or empty when it does. */
    Optional<String> refusal(UUID runId, SurveyWave wave, LocalDate today) {
        return SurveyWindow.refusal(wave, runs.steps(runId), waves.closed(runId), today);
    }

    /** Refuses ({@link no.samspill.shared.RefusedChangeException}) when the run's wave takes no answers on {@code today}. */
    void require(UUID runId, SurveyWave wave, LocalDate today) {
        SurveyWindow.require(wave, runs.steps(runId), waves.closed(runId), today);
    }
}
