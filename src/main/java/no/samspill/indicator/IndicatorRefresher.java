package no.samspill.indicator;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import no.samspill.platform.WorkerThread;
import org.springframework.stereotype.Component;

/**
 * Recomputes the pathways marked out of date, batch by batch, on one background thread: right away while marks keep
 * coming, otherwise every {@code samspill.indicators.refresh-interval} (default 1 s). A failed batch rolls back
 * and its marks stay, so it is tried again; nothing a change marked is lost, even across a restart.
 */
@Component
class IndicatorRefresher extends WorkerThread {

    private static final Logger log = LoggerFactory.getLogger(IndicatorRefresher.class);

    private final RefreshPathwayIndicators refresh;
    private final Duration interval;

    IndicatorRefresher(RefreshPathwayIndicators refresh,
                       @Value("${samspill.indicators.refresh-interval:1s}") Duration interval) {
        super("indicator-refresher");
        this.refresh = refresh;
        this.interval = interval;
    }

    @Override
    protected void work() {
        while (isRunning()) {
            try {
                int taken = refresh.refreshStale(RefreshPathwayIndicators.DRAIN_BATCH);
                if (taken < RefreshPathwayIndicators.DRAIN_BATCH) {
                    Thread.sleep(interval.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Indicator refresh failed; the marked pathways stay marked and are tried again", e);
                try {
                    Thread.sleep(Math.max(1000, interval.toMillis()));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
