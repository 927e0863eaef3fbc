package no.samspill.demo;

import java.time.Clock;
import no.samspill.access.PersonDataAccess;
import no.samspill.pathway.PathwayQueries;
import no.samspill.platform.DemoMode;
import no.samspill.security.DemoAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** In demo mode, fills an empty database with the synthetic demo clinic at start-up. */
@Component
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoMode demoMode;
    private final DemoData.Services services;
    private final Clock clock;
    private final int pathways;
    private final long seed;
    private final PersonDataAccess access;

    DemoDataLoader(DemoMode demoMode, DemoData.Services services, Clock clock, PersonDataAccess access,
                   @Value("${samspill.demo.pathways:240}") int pathways, @Value("${samspill.demo.seed:20261124}") long seed) {
        this.demoMode = demoMode;
        this.access = access;
        this.services = services;
        this.clock = clock;
        this.pathways = pathways;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled() || pathways <= 0) {
            return;
        }
        PathwayQueries queries = services.pathways();
        if (!access.asSystem(() -> queries.ofClinic(DemoAccounts.CLINIC_NORD, null, 0, 1)).isEmpty()) {
            log.info("Demo data already present; leaving it as it is");
            return;
        }
        long started = System.nanoTime();
        DemoData data = new DemoData(services, seed, clock);
        access.asSystem(() -> {
            for (int i = 0; i < pathways; i++) {
                data.createPathway(i);
            }
        });
        log.info("Demo clinic created: {} pathways in {} ms", pathways, (System.nanoTime() - started) / 1_000_000);
    }
}
