package no.samspill.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NorwegianHolidaysTest {

    @ParameterizedTest
    @CsvSource({
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2027, 2027-03-28",
            "2038, 2038-04-25", // latest possible date
            "2285, 2285-03-22", // earliest possible date
            "1818, 1818-03-22",
            "1943, 1943-04-25",
            "2008, 2008-03-23",
            "2012, 2012-04-08"
    })
    void easterSundayForKnownYears(int year, LocalDate easter) {
        assertThat(NorwegianHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void the2026HolidaysInOrder() {
        assertThat(NorwegianHolidays.holidaysIn(2026)).containsExactly(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 4, 2),
                LocalDate.of(2026, 4, 3),
                LocalDate.of(2026, 4, 5),
                LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 14),
                LocalDate.of(2026, 5, 17),
                LocalDate.of(2026, 5, 24),
                LocalDate.of(2026, 5, 25),
                LocalDate.of(2026, 12, 25),
                LocalDate.of(2026, 12, 26));
    }

    @Test
    void namesAreNorwegian() {
        assertThat(NorwegianHolidays.nameOf(LocalDate.of(2026, 4, 2))).contains("Skjærtorsdag");
        assertThat(NorwegianHolidays.nameOf(LocalDate.of(2026, 4, 3))).contains("Langfredag");
        assertThat(NorwegianHolidays.nameOf(LocalDate.of(2026, 5, 14))).contains("Kristi himmelfartsdag");
        assertThat(NorwegianHolidays.nameOf(LocalDate.of(2026, 12, 26))).contains("Andre juledag");
        assertThat(NorwegianHolidays.nameOf(LocalDate.of(2026, 12, 24))).isEmpty();
        assertThat(NorwegianHolidays.isHoliday(LocalDate.of(2026, 12, 24))).isFalse();
    }

    @Test
    void ascensionDayOn17MayIsOneDateWithBothNames() {
        // Easter 2012-04-08 + 39 = 2012-05-17
        assertThat(NorwegianHolidays.holidaysIn(2012)).hasSize(11);
        assertThat(NorwegianHolidays.nameOf(LocalDate.of(2012, 5, 17)))
                .contains("Grunnlovsdagen og Kristi himmelfartsdag");
    }

    @Test
    void ascensionDayOn1May() {
        // Easter 2008-03-23 + 39 = 2008-05-01
        assertThat(NorwegianHolidays.nameOf(LocalDate.of(2008, 5, 1)))
                .contains("Arbeidernes dag og Kristi himmelfartsdag");
    }

    @Test
    void whitMondayOn17May() {
        // Easter 2027-03-28 + 50 = 2027-05-17
        assertThat(NorwegianHolidays.nameOf(LocalDate.of(2027, 5, 17))).contains("Grunnlovsdagen og Andre pinsedag");
    }

    @Test
    void theHolidaySetCannotBeModified() {
        assertThatThrownBy(() -> NorwegianHolidays.holidaysIn(2026).add(LocalDate.of(2026, 12, 24)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void yearsBeforeTheGregorianCalendarAreRefused() {
        assertThatThrownBy(() -> NorwegianHolidays.easterSunday(1582)).isInstanceOf(IllegalArgumentException.class);
    }
}
