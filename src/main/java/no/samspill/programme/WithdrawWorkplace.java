package no.samspill.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import no.samspill.shared.NotFoundException;
import no.samspill.shared.RefusedChangeException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme owner withdraws a workplace from the programme. It stays in its cohort and arm (the evaluation counts
 * it where it was randomised); its open survey waves are closed, so the cohort's results can still be published; its
 * steps are no longer recorded. Withdrawn once; a stale version is refused.
 */
@Service
public class WithdrawWorkplace {

    private final Workplaces workplaces;
    private final Runs runs;
    private final SurveyWaves waves;
    private final Clock clock;

    WithdrawWorkplace(Workplaces workplaces, Runs runs, SurveyWaves waves, Clock clock) {
        this.workplaces = workplaces;
        this.runs = runs;
        this.waves = waves;
        this.clock = clock;
    }

    @Transactional
    public Workplace withdraw(UUID id, int version, String actor) {
        Workplace workplace = workplaces.byId(id).orElseThrow(() -> new NotFoundException("Arbeidsplassen"));
        if (workplace.withdrawn()) {
            throw new RefusedChangeException("Arbeidsplassen er allerede trukket fra programmet");
        }
        LocalDate today = LocalDate.now(clock);
        workplaces.withdraw(id, today, actor, version);
        runs.ofWorkplace(id).ifPresent(run -> {
            Set<SurveyWave> closed = waves.closed(run.id());
            for (SurveyWave wave : SurveyWave.values()) {
                if (!closed.contains(wave)) {
                    waves.close(run.id(), wave, today, actor);
                }
            }
        });
        return workplaces.byId(id).orElseThrow();
    }
}
