package no.samspill.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Working days: Monday to Friday except Norwegian public holidays ({@link NorwegianHolidays}). Used for deadlines
 * such as assessing a referral within 10 working days (pasient- og brukerrettighetsloven § 2-2).
 * Christmas Eve, New Year's Eve and Easter Saturday are ordinary days here, as in the law.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !NorwegianHolidays.isHoliday(date);
    }

    /**
     * The {@code days}-th working day after {@code start}; {@code start} itself is day 0 and never counts, so a
     * referral received on Maundy Thursday 2026-04-02 is due 10 working days later on 2026-04-20.
     * {@code days == 0} returns {@code start} even when it is not a working day; a negative {@code days} counts
     * backwards to the |days|-th working day before {@code start}.
     */
    public static LocalDate addWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        int step = days < 0 ? -1 : 1;
        LocalDate date = start;
        for (int remaining = Math.abs(days); remaining > 0; ) {
            date = date.plusDays(step);
            if (isWorkingDay(date)) {
                remaining--;
            }
        }
        return date;
    }

    /**
     * The number of working days in (fromExclusive, toInclusive], so {@code between(d, addWorkingDays(d, n)) == n}
     * for n ≥ 0. Returns 0 when the dates are equal and, when {@code toInclusive} is before {@code fromExclusive},
     * the negated count of the reversed interval: {@code between(a, b) == -between(b, a)}.
     */
    public static int between(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isBefore(fromExclusive)) {
            return -between(toInclusive, fromExclusive);
        }
        int count = 0;
        for (LocalDate date = fromExclusive.plusDays(1); !date.isAfter(toInclusive); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }
}
