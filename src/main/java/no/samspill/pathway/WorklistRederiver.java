package no.samspill.pathway;

import no.samspill.platform.WorkerThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At start-up, on its own thread (the application does not wait for it), derives the worklist milestone rows of every
 * open pathway derived under older milestone rules again, batch by batch, then ends. Several instances may run it at
 * once: each batch skips the pathways another holds. A failed batch rolls back and is tried again after a pause.
 * Switched off with {@code samspill.worklist.rederive-at-start=false}.
 */
@Component
class WorklistRederiver extends WorkerThread {

    private static final Logger log = LoggerFactory.getLogger(WorklistRederiver.class);
    private static final long RETRY_PAUSE_MILLIS = 5_000;
    private static final int MAX_FAILURES = 5;

    private final RederiveWorklists rederive;
    private final boolean enabled;

    WorklistRederiver(RederiveWorklists rederive,
                      @Value("${samspill.worklist.rederive-at-start:true}") boolean enabled) {
        super("worklist-rederiver");
        this.rederive = rederive;
        this.enabled = enabled;
    }

    @Override
    protected void work() {
        if (!enabled) {
            return;
        }
        long total = 0;
        int failures = 0;
        while (isRunning()) {
            try {
                int taken = rederive.batch(RederiveWorklists.BATCH);
                total += taken;
                if (taken == 0) {
                    break;
                }
            } catch (RuntimeException e) {
                failures++;
                if (failures >= MAX_FAILURES) {
                    log.error("Worklist re-derivation stopped after {} failures; the rest is tried at the next start",
                            failures, e);
                    return;
                }
                log.warn("Worklist re-derivation batch failed; it is tried again", e);
                try {
                    Thread.sleep(RETRY_PAUSE_MILLIS);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        if (total > 0) {
            log.info("Worklist milestone rows of {} open pathways derived again with the current milestone rules",
                    total);
        }
    }
}
