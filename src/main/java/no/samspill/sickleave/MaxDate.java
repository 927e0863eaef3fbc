package no.samspill.sickleave;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The max date (maksdato): the last day sick pay can be paid in this case.
 *
 * <p>folketrygdloven §§ 8-11, 8-12: {@link SickPayScheme#sickPayDays()} sick-pay days, counted Monday–Friday;
 * § 8-51: from age 67 at most 60 sick-pay days; § 8-3: no sick pay from the 70th birthday.
 *
 * <p>Simplified (docs/decisions/0002-max-date-simplification.md): only the current case period counts, not
 * NAV's rolling three years, so the UI must label the date {@value #LABEL}. Counting starts the day after the
 * employer period (case start + 16 days); only weekdays covered by sick leave in the case count, graded leave
 * counts as a full day, and the leave is assumed to continue after the last registered period.
 */
public final class MaxDate {

    /** Shown next to every max date, week-39 date and remaining-days figure computed here. */
    public static final String LABEL = "beregnet (forenklet)";

    /** folketrygdloven § 8-19: the employer pays the first 16 calendar days. */
    static final int EMPLOYER_PERIOD_DAYS = 16;
    /** folketrygdloven § 8-51: from age 67, at most 60 sick-pay days. */
    static final int SICK_PAY_DAYS_FROM_AGE_67 = 60;
    /** NAV sends its week-39 information letter when fewer than 91 sick-pay days remain. */
    static final int WEEK_39_LETTER_REMAINING_DAYS = 91;

    private MaxDate() {
    }

    /**
     * The max date. When the 70-year cap binds it is the day before the 70th birthday; for a person already 70
     * at case start it therefore precedes the case start (no entitlement).
     */
    public static LocalDate of(CasePeriod casePeriod, MaxDateRule rule) {
        return forecast(casePeriod, rule).maxDate();
    }

    /** The first day sick pay from the scheme can count: the day after the employer period. */
    public static LocalDate firstSickPayDay(CasePeriod casePeriod) {
        return casePeriod.start().plusDays(EMPLOYER_PERIOD_DAYS);
    }

    /**
     * Sick-pay days left after {@code today}: forecast sick-pay days later than today, up to the max date.
     * Never negative, never increases as today advances; 0 from the max date on.
     */
    public static int remainingDays(CasePeriod casePeriod, MaxDateRule rule, LocalDate today) {
        return (int) forecast(casePeriod, rule).sickPayDays().stream().filter(day -> day.isAfter(today)).count();
    }

    /**
     * The first day on which fewer than 91 sick-pay days remain (NAV's trigger for the week-39 letter).
     * When the entitlement is below 91 days from the outset, that is the case start.
     */
    public static LocalDate week39LetterDate(CasePeriod casePeriod, MaxDateRule rule) {
        List<LocalDate> days = forecast(casePeriod, rule).sickPayDays();
        if (days.size() < WEEK_39_LETTER_REMAINING_DAYS) {
            return casePeriod.start();
        }
        // On this day exactly 90 days remain after it; on the day before, 91 did.
        return days.get(days.size() - WEEK_39_LETTER_REMAINING_DAYS);
    }

    private record Forecast(List<LocalDate> sickPayDays, LocalDate maxDate) {
    }

    private static Forecast forecast(CasePeriod casePeriod, MaxDateRule rule) {
        LocalDate lastDayBefore70 = rule.knownBirthDate().map(b -> b.plusYears(70).minusDays(1)).orElse(null);
        LocalDate birthday67 = rule.knownBirthDate().map(b -> b.plusYears(67)).orElse(null);
        int entitlement = rule.scheme().sickPayDays();
        List<LocalDate> sickPayDays = new ArrayList<>();
        int from67 = 0;
        for (LocalDate day = firstSickPayDay(casePeriod); ; day = day.plusDays(1)) {
            if (lastDayBefore70 != null && day.isAfter(lastDayBefore70)) {
                return new Forecast(sickPayDays, lastDayBefore70);
            }
            if (!isWeekday(day) || !isSickOrForecast(casePeriod, day)) {
                continue;
            }
            sickPayDays.add(day);
            if (birthday67 != null && !day.isBefore(birthday67)) {
                from67++;
            }
            if (sickPayDays.size() == entitlement || from67 == SICK_PAY_DAYS_FROM_AGE_67) {
                return new Forecast(List.copyOf(sickPayDays), day);
            }
        }
    }

    private static boolean isSickOrForecast(CasePeriod casePeriod, LocalDate day) {
        return day.isAfter(casePeriod.end()) || casePeriod.isSickDay(day);
    }

    private static boolean isWeekday(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }
}
