package no.samspill.trial;

import java.time.Clock;
import no.samspill.security.CurrentUsers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trial manager closes an open trial to enrolment, with the version they saw (a stale version is a concurrent
 * change). Nothing else changes: enrolled pathways keep their arms, and {@link EnrolPathway} refuses any trial that is
 * not open.
 */
@Service
public class CloseTrial {

    private final Trials trials;
    private final CurrentUsers users;
    private final Clock clock;

    CloseTrial(Trials trials, CurrentUsers users, Clock clock) {
        this.trials = trials;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public Trial close(String code, int version) {
        TrialManagers.require(users);
        Trial trial = trials.atVersion(code, version);
        trials.updateStatus(trial.close(clock.instant()));
        return trials.byId(trial.id()).orElseThrow();
    }
}
