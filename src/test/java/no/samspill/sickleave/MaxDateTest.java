package no.samspill.sickleave;

import static no.samspill.sickleave.SickLeaveFixtures.caseOf;
import static no.samspill.sickleave.SickLeaveFixtures.caseStartingMonday20260105;
import static no.samspill.sickleave.SickLeaveFixtures.date;
import static no.samspill.sickleave.SickLeaveFixtures.graded;
import static no.samspill.sickleave.SickLeaveFixtures.leave;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaxDateTest {

    private static final MaxDateRule EMPLOYEE = MaxDateRule.of(SickPayScheme.EMPLOYEE);

    @Test
    void employeeWithContinuousLeaveReachesTheMaxDateAfter248Weekdays() {
        // First sick-pay day Wed 2026-01-21 (start + 16). 3 days that week + 49 full weeks = 248.
        CasePeriod c = caseStartingMonday20260105();

        assertThat(MaxDate.firstSickPayDay(c)).isEqualTo(date("2026-01-21"));
        assertThat(MaxDate.of(c, EMPLOYEE)).isEqualTo(date("2027-01-01"));
    }

    @Test
    void otherSchemesGiveTwoAndTwelveMoreWeekdays() {
        CasePeriod c = caseStartingMonday20260105();

        // 250: Mon 4 and Tue 5 Jan 2027 after Fri 1 Jan.
        assertThat(MaxDate.of(c, MaxDateRule.of(SickPayScheme.OTHER))).isEqualTo(date("2027-01-05"));
        // 260: 12 weekdays after Fri 1 Jan = 4–8, 11–15, 18, 19 Jan 2027.
        assertThat(MaxDate.of(c, MaxDateRule.of(SickPayScheme.SCHEME_PAID_FIRST_16_DAYS)))
                .isEqualTo(date("2027-01-19"));
    }

    @Test
    void gradedLeaveCountsAsFullDays() {
        CasePeriod gradedCase = caseOf(leave("2026-01-05", "2026-01-31"), graded("2026-02-01", "2026-06-30", 20));

        assertThat(MaxDate.of(gradedCase, EMPLOYEE)).isEqualTo(date("2027-01-01"));
    }

    @Test
    void aGapInTheLeavePushesTheMaxDateByTheWeekdaysMissed() {
        // Back at work Mon 2 – Sun 15 Feb (14 days < 16, same case): 10 weekdays not counted,
        // so the max date moves from Fri 2027-01-01 to Fri 2027-01-15.
        CasePeriod withGap = caseOf(leave("2026-01-05", "2026-02-01"), leave("2026-02-16", "2026-03-31"));

        assertThat(MaxDate.of(withGap, EMPLOYEE)).isEqualTo(date("2027-01-15"));
    }

    @Test
    void remainingDaysCountSickPayDaysAfterToday() {
        CasePeriod c = caseStartingMonday20260105();

        assertThat(MaxDate.remainingDays(c, EMPLOYEE, date("2026-01-05"))).isEqualTo(248);
        assertThat(MaxDate.remainingDays(c, EMPLOYEE, date("2026-01-21"))).isEqualTo(247);
        assertThat(MaxDate.remainingDays(c, EMPLOYEE, date("2026-12-31"))).isEqualTo(1);
        assertThat(MaxDate.remainingDays(c, EMPLOYEE, date("2027-01-01"))).isZero();
        assertThat(MaxDate.remainingDays(c, EMPLOYEE, date("2027-06-01"))).isZero();
    }

    @Test
    void week39LetterIsTheFirstDayWithFewerThan91DaysLeft() {
        CasePeriod c = caseStartingMonday20260105();
        var letter = MaxDate.week39LetterDate(c, EMPLOYEE);

        assertThat(letter).isEqualTo(date("2026-08-28"));
        assertThat(MaxDate.remainingDays(c, EMPLOYEE, letter)).isEqualTo(90);
        assertThat(MaxDate.remainingDays(c, EMPLOYEE, letter.minusDays(1))).isEqualTo(91);
    }

    @Test
    void from67OnlySixtyDays() {
        // Turned 67 on 2025-06-15, before the case: 60 days from Wed 2026-01-21 =
        // 3 (21–23 Jan) + 11 weeks (26 Jan – 10 Apr) + Mon 13 and Tue 14 Apr.
        CasePeriod c = caseStartingMonday20260105();
        MaxDateRule aged67 = MaxDateRule.of(SickPayScheme.EMPLOYEE, date("1958-06-15"));

        assertThat(MaxDate.of(c, aged67)).isEqualTo(date("2026-04-14"));
        assertThat(MaxDate.remainingDays(c, aged67, c.start())).isEqualTo(60);
        // Fewer than 91 days from the outset: the letter is due at once.
        assertThat(MaxDate.week39LetterDate(c, aged67)).isEqualTo(c.start());
    }

    @Test
    void turning67DuringTheCaseLimitsTheDaysFromTheBirthdayOn() {
        // 28 sick-pay days before the 67th birthday Mon 2026-03-02, then 60 more = 12 weeks: Fri 2026-05-22.
        CasePeriod c = caseStartingMonday20260105();

        assertThat(MaxDate.of(c, MaxDateRule.of(SickPayScheme.EMPLOYEE, date("1959-03-02"))))
                .isEqualTo(date("2026-05-22"));
    }

    @Test
    void neverPastTheDayBeforeThe70thBirthday() {
        // 70 on 2026-04-10: the 60-day cap would give 2026-04-14, the 70-year cap wins.
        CasePeriod c = caseStartingMonday20260105();

        assertThat(MaxDate.of(c, MaxDateRule.of(SickPayScheme.EMPLOYEE, date("1956-04-10"))))
                .isEqualTo(date("2026-04-09"));
    }

    @Test
    void aPersonAlready70HasAMaxDateBeforeTheCaseStart() {
        CasePeriod c = caseStartingMonday20260105();
        MaxDateRule aged71 = MaxDateRule.of(SickPayScheme.EMPLOYEE, date("1955-01-01"));

        assertThat(MaxDate.of(c, aged71)).isEqualTo(date("2024-12-31"));
        assertThat(MaxDate.remainingDays(c, aged71, c.start())).isZero();
    }
}
