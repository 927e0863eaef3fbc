package no.samspill.trial;

import java.util.Optional;
import java.util.UUID;
import no.samspill.indicator.RefreshPathwayIndicators;
import no.samspill.indicator.StudyArms;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives the indicators their study-arm dimension: the arm of an enrolled pathway (read inside the indicator refresh,
 * which runs as internal processing), and the pathway marked for a refresh in the enrolling transaction, so
 * "indicators split by arm" count it within about a second of its allocation.
 */
@Component
class TrialArmsForIndicators implements StudyArms {

    private final TrialQueries trials;
    private final RefreshPathwayIndicators refresh;

    TrialArmsForIndicators(TrialQueries trials, RefreshPathwayIndicators refresh) {
        this.trials = trials;
        this.refresh = refresh;
    }

    @Override
    public Optional<String> armOf(UUID pathwayId) {
        return trials.armOf(pathwayId);
    }

    @EventListener
    void on(TrialEvents.PathwayEnrolled event) {
        refresh.soon(event.pathwayId());
    }

    /** A withdrawn pathway stays in its arm (intention-to-treat); it is refreshed as for enrolment. */
    @EventListener
    void on(TrialEvents.PathwayWithdrawn event) {
        refresh.soon(event.pathwayId());
    }
}
