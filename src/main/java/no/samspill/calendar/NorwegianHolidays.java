package no.samspill.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Norwegian public holidays (helligdager and offentlige høytidsdager), computed from Easter for any year.
 * The current set is applied to every year (1 and 17 May became public holidays in 1947), so dates before then
 * are not historically accurate. Sundays other than Easter and Whit Sunday are not listed; see {@link WorkingDays}.
 */
public final class NorwegianHolidays {

    /** The Gregorian calendar, which the Easter algorithm assumes, was introduced in 1582. */
    private static final int FIRST_GREGORIAN_YEAR = 1583;

    private static final Map<Integer, SortedMap<LocalDate, String>> CACHE = new ConcurrentHashMap<>();

    private NorwegianHolidays() {
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        requireGregorian(year);
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The twelve public holidays of {@code year}; fewer dates when two fall on the same day (17 May and Ascension). */
    public static Set<LocalDate> holidaysIn(int year) {
        return holidayNames(year).keySet();
    }

    public static boolean isHoliday(LocalDate date) {
        return holidayNames(date.getYear()).containsKey(date);
    }

    /** The Norwegian name, e.g. "Skjærtorsdag"; both names joined with " og " when two holidays coincide. */
    public static Optional<String> nameOf(LocalDate date) {
        return Optional.ofNullable(holidayNames(date.getYear()).get(date));
    }

    private static SortedMap<LocalDate, String> holidayNames(int year) {
        requireGregorian(year);
        return CACHE.computeIfAbsent(year, NorwegianHolidays::compute);
    }

    // Lov om helligdager og helligdagsfred § 2; lov om 1. og 17. mai som høgtidsdager
    private static SortedMap<LocalDate, String> compute(int year) {
        LocalDate easter = easterSunday(year);
        TreeMap<LocalDate, String> names = new TreeMap<>();
        add(names, LocalDate.of(year, Month.JANUARY, 1), "Første nyttårsdag");
        add(names, easter.minusDays(3), "Skjærtorsdag");
        add(names, easter.minusDays(2), "Langfredag");
        add(names, easter, "Første påskedag");
        add(names, easter.plusDays(1), "Andre påskedag");
        add(names, LocalDate.of(year, Month.MAY, 1), "Arbeidernes dag");
        add(names, LocalDate.of(year, Month.MAY, 17), "Grunnlovsdagen");
        add(names, easter.plusDays(39), "Kristi himmelfartsdag");
        add(names, easter.plusDays(49), "Første pinsedag");
        add(names, easter.plusDays(50), "Andre pinsedag");
        add(names, LocalDate.of(year, Month.DECEMBER, 25), "Første juledag");
        add(names, LocalDate.of(year, Month.DECEMBER, 26), "Andre juledag");
        return Collections.unmodifiableSortedMap(names);
    }

    private static void add(TreeMap<LocalDate, String> names, LocalDate date, String name) {
        names.merge(date, name, (first, second) -> first + " og " + second);
    }

    private static void requireGregorian(int year) {
        if (year < FIRST_GREGORIAN_YEAR) {
            throw new IllegalArgumentException("Helligdager kan bare beregnes fra og med år " + FIRST_GREGORIAN_YEAR);
        }
    }
}
