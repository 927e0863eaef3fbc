package no.samspill.indicator;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import no.samspill.pathway.WorkStatus;

/** How each catalogue indicator is computed from the summed counters of a group (plain Java, no database). */
final class Formulas {

    /** The summed counters of one group: measure → bucket → count, plus the deadlines still open (measure → count). */
    record Counts(Map<String, NavigableMap<Integer, Long>> counters, Map<String, Long> open) {

        long count(String measure) {
            return histogram(measure).values().stream().mapToLong(Long::longValue).sum();
        }

        NavigableMap<Integer, Long> histogram(String measure) {
            return counters.getOrDefault(measure, new TreeMap<>());
        }

        long open(String key) {
            return open.getOrDefault(key, 0L);
        }
    }

    /** One indicator's formula: the counts published for a group (the suppression table's row) and its value. */
    sealed interface Formula {

        long[] components(Counts c);

        /** The value, computed from the unsuppressed counts; null when there is nothing to compute from. */
        Double value(Counts c);
    }

    /** Numerator over denominator, less the deadlines still open today. Components: met, not met. */
    record Rate(String numerator, String denominator, String open) implements Formula {
        public long[] components(Counts c) {
            long den = c.count(denominator) - (open == null ? 0 : c.open(open));
            long num = c.count(numerator);
            return new long[]{num, den - num};
        }

        public Double value(Counts c) {
            return percent(components(c));
        }
    }

    /** Share of a day histogram at or under a limit. Components: within, beyond. */
    record WithinDays(String histogram, int maxDays) implements Formula {
        public long[] components(Counts c) {
            NavigableMap<Integer, Long> h = c.histogram(histogram);
            long within = h.headMap(maxDays, true).values().stream().mapToLong(Long::longValue).sum();
            long all = c.count(histogram);
            return new long[]{within, all - within};
        }

        public Double value(Counts c) {
            return percent(components(c));
        }
    }

    /** A percentile of a histogram: the median (mean of the two middle values when n is even) or nearest rank. */
    record Percentile(String histogram, int percent) implements Formula {
        public long[] components(Counts c) {
            return new long[]{c.count(histogram)};
        }

        public Double value(Counts c) {
            long n = c.count(histogram);
            if (n == 0) {
                return null;
            }
            NavigableMap<Integer, Long> h = c.histogram(histogram);
            if (percent == 50) {
                return n % 2 == 1 ? (double) at(h, (n + 1) / 2) : (at(h, n / 2) + at(h, n / 2 + 1)) / 2.0;
            }
            long rank = (n * percent + 99) / 100;
            return (double) at(h, Math.max(rank, 1));
        }

        /** The value at 1-based rank {@code rank}. */
        private static int at(NavigableMap<Integer, Long> h, long rank) {
            long seen = 0;
            for (Map.Entry<Integer, Long> e : h.entrySet()) {
                seen += e.getValue();
                if (seen >= rank) {
                    return e.getKey();
                }
            }
            throw new IllegalArgumentException("Rank beyond n");
        }
    }

    /** The mean of a histogram's values. */
    record Mean(String histogram) implements Formula {
        public long[] components(Counts c) {
            return new long[]{c.count(histogram)};
        }

        public Double value(Counts c) {
            long n = c.count(histogram);
            if (n == 0) {
                return null;
            }
            long sum = 0;
            for (Map.Entry<Integer, Long> e : c.histogram(histogram).entrySet()) {
                sum += (long) e.getKey() * e.getValue();
            }
            return (double) sum / n;
        }
    }

    /** Counts per work status. Components: one per status, in declaration order. */
    record Distribution(String histogram) implements Formula {
        public long[] components(Counts c) {
            NavigableMap<Integer, Long> h = c.histogram(histogram);
            long[] counts = new long[WorkStatus.values().length];
            h.forEach((bucket, n) -> counts[bucket] += n);
            return counts;
        }

        public Double value(Counts c) {
            return null;
        }
    }

    static Double percent(long[] metAndNot) {
        long n = metAndNot[0] + metAndNot[1];
        return n == 0 ? null : 100.0 * metAndNot[0] / n;
    }

    private static final Map<String, Formula> BY_ID = Map.ofEntries(
            Map.entry("decision-within-10-working-days",
                    new Rate(Measures.DECISION_IN_TIME, Measures.DECISION_TOTAL, Measures.PENDING_DECISION)),
            Map.entry("decision-days-median", new Percentile(Measures.DECISION_DAYS, 50)),
            Map.entry("referral-to-first-appointment-median", new Percentile(Measures.FIRST_APPOINTMENT_DAYS, 50)),
            Map.entry("referral-to-first-appointment-p90", new Percentile(Measures.FIRST_APPOINTMENT_DAYS, 90)),
            Map.entry("sick-day-to-first-contact-median", new Percentile(Measures.FIRST_CONTACT_DAYS, 50)),
            Map.entry("first-contact-within-8-weeks", new WithinDays(Measures.FIRST_CONTACT_DAYS, 56)),
            Map.entry("first-contact-within-12-weeks", new WithinDays(Measures.FIRST_CONTACT_DAYS, 84)),
            Map.entry("follow-up-plan-by-week-4", new Rate(Measures.FOLLOW_UP_PLAN_IN_TIME,
                    Measures.FOLLOW_UP_PLAN_TOTAL, Measures.PENDING_FOLLOW_UP_PLAN)),
            Map.entry("dialogue-meeting-1-by-week-7",
                    new Rate(Measures.DM1_IN_TIME, Measures.DM1_TOTAL, Measures.PENDING_DM1)),
            Map.entry("dialogue-meeting-2-by-week-26",
                    new Rate(Measures.DM2_IN_TIME, Measures.DM2_TOTAL, Measures.PENDING_DM2)),
            Map.entry("work-status-3-months", new Distribution(Measures.WORK_STATUS_3)),
            Map.entry("work-status-6-months", new Distribution(Measures.WORK_STATUS_6)),
            Map.entry("work-status-12-months", new Distribution(Measures.WORK_STATUS_12)),
            Map.entry("sick-leave-days-median", new Percentile(Measures.SICK_DAYS, 50)),
            Map.entry("reliable-improvement", new Rate(Measures.PSYCH_IMPROVED, Measures.PSYCH_ASSESSABLE, null)),
            Map.entry("recovery", new Rate(Measures.PSYCH_RECOVERED, Measures.PSYCH_CASE_AT_START, null)),
            Map.entry("reliable-recovery",
                    new Rate(Measures.PSYCH_RELIABLY_RECOVERED, Measures.PSYCH_CASE_AT_START, null)),
            Map.entry("wsas-change-mean", new Mean(Measures.WSAS_CHANGE)),
            Map.entry("was-change-mean", new Mean(Measures.WAS_CHANGE)),
            Map.entry("data-completeness", new Rate(Measures.COMPLETE_DATA, Measures.CARE, null)));

    private Formulas() {
    }

    static Formula of(String indicatorId) {
        Formula f = BY_ID.get(indicatorId);
        if (f == null) {
            throw new IllegalArgumentException("No formula for " + indicatorId);
        }
        return f;
    }
}
