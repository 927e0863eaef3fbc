package no.samspill.indicator;

/**
 * The histogram buckets of the day measures (days to decision, to first appointment, from first sick day to first
 * contact, sick-leave days): exact up to day 56 (8 weeks, where the early-window rules bite), then one bucket per week
 * up to day 182 (26 weeks: days 57–63, 64–70, …, 176–182), then one bucket per four weeks (183–210, 211–238, …). A
 * bucket is named by its first day. Every limit the catalogue counts against (56 and 84 days) is the last day of a
 * bucket, so the "within N days" shares stay exact; a median or 90th percentile beyond day 56 is given as the first
 * day of its bucket, at most 6 days (to 26 weeks) or 27 days (after) under the exact value. There is no cap: beyond a
 * year the four-week buckets are few. The migration V82 and the benchmark generator use the same rule in SQL
 * ({@code indicator_day_band}).
 */
final class DayBands {

    static final int EXACT_TO = 56;
    static final int WEEKLY_TO = 182;
    static final int WEEK = 7;
    static final int FOUR_WEEKS = 28;

    private DayBands() {
    }

    static int bucket(int days) {
        if (days <= EXACT_TO) {
            return days;
        }
        if (days <= WEEKLY_TO) {
            return days - (days - (EXACT_TO + 1)) % WEEK;
        }
        return days - (days - (WEEKLY_TO + 1)) % FOUR_WEEKS;
    }
}
