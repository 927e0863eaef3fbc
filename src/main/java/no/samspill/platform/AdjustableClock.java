package no.samspill.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The application clock. Normally it is the system (or a fixed) clock; {@link #at(Instant, Supplier)} lets one thread
 * act at another moment, which is how demo data gets a realistic history (a referral decided last spring is recorded
 * with last spring's dates by the same use cases that serve users).
 */
public final class AdjustableClock extends Clock {

    private static final ThreadLocal<Instant> OVERRIDE = new ThreadLocal<>();

    private final Clock base;

    AdjustableClock(Clock base) {
        this.base = base;
    }

    public static <T> T at(Instant moment, Supplier<T> work) {
        Instant previous = OVERRIDE.get();
        OVERRIDE.set(moment);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new AdjustableClock(base.withZone(zone));
    }

    @Override
    public Instant instant() {
        Instant moment = OVERRIDE.get();
        return moment != null ? moment : base.instant();
    }
}
