package no.samspill.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import no.samspill.shared.NotFoundException;
import no.samspill.shared.RefusedChangeException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme owner closes a survey wave at a run: it takes no more answers, and its results are published once
 * the wave is closed at every run of the cohort (decision 0032). A wave is closed once.
 */
@Service
public class CloseSurveyWave {

    private final Runs runs;
    private final SurveyWaves waves;
    private final Clock clock;

    CloseSurveyWave(Runs runs, SurveyWaves waves, Clock clock) {
        this.runs = runs;
        this.waves = waves;
        this.clock = clock;
    }

    @Transactional
    public void close(UUID runId, SurveyWave wave, String actor) {
        runs.byId(runId).orElseThrow(() -> new NotFoundException("Programløpet"));
        if (!waves.close(runId, wave, LocalDate.now(clock), actor)) {
            throw new RefusedChangeException("Runden «" + wave.label() + "» er allerede avsluttet");
        }
    }
}
