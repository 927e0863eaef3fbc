package no.samspill.access;

/**
 * Time spent in the access decision and its audit write during the current request, per thread. Read by
 * {@link ServerTimingFilter} when server timing is switched on; otherwise it costs two {@code nanoTime} calls per decision.
 */
final class AccessTiming {

    private static final ThreadLocal<long[]> SPENT = ThreadLocal.withInitial(() -> new long[3]);

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

    /** As {@link #stop}, for the response's wait for its audit entries to be committed: counted in both. */
    static void stopWait(long started) {
        long waited = System.nanoTime() - started;
        long[] spent = SPENT.get();
        spent[0] += waited;
        spent[2] += waited;
    }

    /**
     * Nanoseconds spent in access (decisions, look-ups, audit hand-over and the wait for the commit), the number of
     * decisions, and the nanoseconds of that spent waiting for the audit commit, so far in this request; resets them.
     */
    static long[] takeAndReset() {
        long[] spent = SPENT.get();
        long[] copy = spent.clone();
        java.util.Arrays.fill(spent, 0);
        return copy;
    }
}
