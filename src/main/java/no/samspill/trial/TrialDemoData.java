package no.samspill.trial;

import java.util.List;
import no.samspill.access.PersonDataAccess;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.pathway.PathwayState;
import no.samspill.platform.DemoMode;
import no.samspill.security.DemoAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo only: the 2026 RCT of two collaboration meetings after the interdisciplinary assessment, open at both demo
 * clinics, with the demo pathways in follow-up enrolled (through {@link EnrolPathway}, so the arms come from the
 * concealed sequence). Runs once the demo clinic exists (after every ApplicationRunner).
 */
@Component
class TrialDemoData {

    static final String CODE = "RCT-SAMHANDLING-2026";
    private static final Logger log = LoggerFactory.getLogger(TrialDemoData.class);

    private final DemoMode demoMode;
    private final Trials trials;
    private final OpenTrial openTrial;
    private final EnrolPathway enrol;
    private final PathwayQueries pathways;
    private final PersonDataAccess access;
    private final java.time.Clock clock;
    private final int demoPathways;

    TrialDemoData(DemoMode demoMode, Trials trials, OpenTrial openTrial, EnrolPathway enrol, PathwayQueries pathways,
                  PersonDataAccess access, java.time.Clock clock, @Value("${samspill.demo.pathways:240}") int demoPathways) {
        this.demoMode = demoMode;
        this.trials = trials;
        this.openTrial = openTrial;
        this.enrol = enrol;
        this.pathways = pathways;
        this.access = access;
        this.clock = clock;
        this.demoPathways = demoPathways;
    }

    @EventListener(ApplicationReadyEvent.class)
    void create() {
        if (!demoMode.enabled() || demoPathways <= 0 || trials.byCode(CODE).isPresent()) {
            return;
        }
        Trial draft = new Trial(java.util.UUID.randomUUID(), CODE, "To samhandlingsmøter etter tverrfaglig utredning",
                TrialDesign.INDIVIDUAL, List.of(new TrialArm("usual", "Vanlig oppfølging"),
                new TrialArm("two_meetings", "To samhandlingsmøter")), List.of(4, 6),
                List.of(DemoAccounts.CLINIC_NORD, DemoAccounts.CLINIC_MIDT), 120, TrialStatus.DRAFT, "anna.analytiker",
                null, null, 0);
        trials.insert(draft, clock.instant());
        openTrial.openAsSystem(CODE, 0);
        int enrolled = access.asSystem(() -> {
            int n = 0;
            for (String clinic : draft.clinics()) {
                for (Pathway p : pathways.ofClinic(clinic, PathwayState.IN_FOLLOW_UP, 0, 200)) {
                    enrol.enrol(CODE, p.id(), "kari.koordinator");
                    n++;
                }
            }
            return n;
        });
        log.info("Demo trial {} opened; {} pathways in follow-up enrolled", CODE, enrolled);
    }
}
