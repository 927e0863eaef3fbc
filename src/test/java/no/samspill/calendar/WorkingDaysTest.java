package no.samspill.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void aReferralReceivedOnMaundyThursdayIsDueAfterEaster() {
        // 2026: Thu 2 Apr Maundy Thursday, Fri 3 Good Friday, Mon 6 Easter Monday.
        // Working days after receipt: 7, 8, 9, 10, 13, 14, 15, 16, 17, 20 April
        LocalDate received = LocalDate.of(2026, 4, 2);
        assertThat(WorkingDays.addWorkingDays(received, 10)).isEqualTo(LocalDate.of(2026, 4, 20));
        assertThat(WorkingDays.between(received, LocalDate.of(2026, 4, 20))).isEqualTo(10);
    }

    @Test
    void aDeadlineAcrossAscensionAndWhitMonday() {
        // 2026: Ascension Thu 14 May, 17 May is a Sunday, Whit Monday 25 May.
        // After Fri 8 May: 11, 12, 13, 15, 18, 19, 20, 21, 22, 26 May
        assertThat(WorkingDays.addWorkingDays(LocalDate.of(2026, 5, 8), 10)).isEqualTo(LocalDate.of(2026, 5, 26));
    }

    @Test
    void whitMondayOn17MayIsOneDayOff() {
        // 2027: Whit Monday and 17 May are both Mon 17 May. After Mon 10 May: 11, 12, 13, 14, 18 May
        assertThat(WorkingDays.addWorkingDays(LocalDate.of(2027, 5, 10), 5)).isEqualTo(LocalDate.of(2027, 5, 18));
    }

    @Test
    void ascensionDayOn17May() {
        // 2012: Ascension Thu 17 May. After Wed 16 May: 18, 21, 22 May
        assertThat(WorkingDays.addWorkingDays(LocalDate.of(2012, 5, 16), 3)).isEqualTo(LocalDate.of(2012, 5, 22));
    }

    @Test
    void christmasEveIsAWorkingDay() {
        // After Wed 23 Dec 2026: Thu 24, then Mon 28, Tue 29 (25 and 26 are holidays, 26 also a Saturday)
        assertThat(WorkingDays.addWorkingDays(LocalDate.of(2026, 12, 23), 3)).isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Test
    void dayZeroIsTheStartEvenOnAHoliday() {
        LocalDate goodFriday = LocalDate.of(2026, 4, 3);
        assertThat(WorkingDays.addWorkingDays(goodFriday, 0)).isEqualTo(goodFriday);
        assertThat(WorkingDays.addWorkingDays(goodFriday, 1)).isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void negativeDaysCountBackwards() {
        assertThat(WorkingDays.addWorkingDays(LocalDate.of(2026, 4, 7), -1)).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void betweenIsZeroForTheSameDayAndAntisymmetric() {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        LocalDate nextMonday = LocalDate.of(2026, 3, 9);
        assertThat(WorkingDays.between(monday, monday)).isZero();
        assertThat(WorkingDays.between(monday, nextMonday)).isEqualTo(5);
        assertThat(WorkingDays.between(nextMonday, monday)).isEqualTo(-5);
    }

    @Test
    void weekendsAndHolidaysAreNotWorkingDays() {
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 4))).isFalse(); // Easter Saturday
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 6))).isFalse(); // Easter Monday
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 7))).isTrue();
    }
}
