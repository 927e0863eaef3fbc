package no.samspill.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class WorkingDaysProperties {

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs()
                .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2200, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property
    void addingPositiveWorkingDaysLandsOnAWorkingDay(@ForAll("dates") LocalDate start,
                                                      @ForAll @IntRange(min = 1, max = 400) int days) {
        assertThat(WorkingDays.isWorkingDay(WorkingDays.addWorkingDays(start, days))).isTrue();
    }

    @Property
    void betweenUndoesAddWorkingDays(@ForAll("dates") LocalDate start,
                                     @ForAll @IntRange(min = 0, max = 400) int days) {
        assertThat(WorkingDays.between(start, WorkingDays.addWorkingDays(start, days))).isEqualTo(days);
    }

    @Property
    void moreWorkingDaysGiveALaterDate(@ForAll("dates") LocalDate start,
                                       @ForAll @IntRange(min = 0, max = 400) int days) {
        assertThat(WorkingDays.addWorkingDays(start, days + 1)).isAfter(WorkingDays.addWorkingDays(start, days));
    }

    @Property
    void betweenIsAntisymmetric(@ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b) {
        assertThat(WorkingDays.between(a, b)).isEqualTo(-WorkingDays.between(b, a));
    }

    @Property(tries = 2000)
    void easterIsASundayBetween22MarchAnd25April(@ForAll @IntRange(min = 1583, max = 9999) int year) {
        LocalDate easter = NorwegianHolidays.easterSunday(year);
        MonthDay day = MonthDay.from(easter);

        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(day).isBetween(MonthDay.of(3, 22), MonthDay.of(4, 25));
    }

    @Property
    void everyYearHasTwelveHolidayEntriesOnAtLeastElevenDates(@ForAll @IntRange(min = 1583, max = 9999) int year) {
        // 17 May can coincide with Ascension Day or Whit Monday, 1 May with Ascension Day, never more than one pair
        assertThat(NorwegianHolidays.holidaysIn(year)).hasSizeBetween(11, 12)
                .allSatisfy(date -> assertThat(date.getYear()).isEqualTo(year));
    }
}
