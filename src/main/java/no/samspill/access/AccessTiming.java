package no.samspill.access;

/**
 * Time spent in the access decision and its audit write during the current request, per thread. Read by
 * {@link ServerTimingFilter} when server timing is switched on; otherwise it costs two {@code nanoTime} calls per decision.
 */
final class AccessTiming {

    private static final ThreadLocal<long[]> SPENT = ThreadLocal.withInitial(() -> new long[2]);

    private AccessTiming() {
    }

    static long start() {
        return System.nanoTime();
    }

    static void stop(long started) {
        long[] spent = SPENT.get();
        spent[0] += System.nanoTime() - started;
        spent[1]++;
    }

    /** Nanoseconds and number of decisions so far in this request; resets the counters. */
    static long[] takeAndReset() {
        long[] spent = SPENT.get();
        long[] copy = {spent[0], spent[1]};
        spent[0] = 0;
        spent[1] = 0;
        return copy;
    }
}
