package no.samspill.sickleave;

import static no.samspill.sickleave.SickLeaveFixtures.date;
import static no.samspill.sickleave.SickLeaveFixtures.graded;
import static no.samspill.sickleave.SickLeaveFixtures.leave;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CasePeriodsTest {

    @Test
    void fifteenDaysWithoutLeaveJoinsTheSameCase() {
        // Leave ends 1 Jan; 2–16 Jan is 15 days without leave; next leave starts 17 Jan.
        List<CasePeriod> cases = CasePeriods.of(List.of(
                leave("2026-01-01", "2026-01-01"), leave("2026-01-17", "2026-01-20")));

        assertThat(cases).hasSize(1);
        assertThat(cases.get(0).start()).isEqualTo(date("2026-01-01"));
        assertThat(cases.get(0).end()).isEqualTo(date("2026-01-20"));
        assertThat(cases.get(0).sickDays()).isEqualTo(1 + 4);
    }

    @Test
    void sixteenDaysWithoutLeaveStartsANewCase() {
        // Leave ends 1 Jan; 2–17 Jan is 16 days without leave; next leave starts 18 Jan.
        List<CasePeriod> cases = CasePeriods.of(List.of(
                leave("2026-01-18", "2026-01-20"), leave("2026-01-01", "2026-01-01")));

        assertThat(cases).extracting(CasePeriod::start)
                .containsExactly(date("2026-01-01"), date("2026-01-18"));
    }

    @Test
    void overlappingPeriodsMergeAndCountEachDayOnce() {
        CasePeriod only = SickLeaveFixtures.caseOf(
                leave("2026-01-05", "2026-01-20"), graded("2026-01-15", "2026-01-31", 50));

        assertThat(only.start()).isEqualTo(date("2026-01-05"));
        assertThat(only.end()).isEqualTo(date("2026-01-31"));
        assertThat(only.sickDays()).isEqualTo(27);
        assertThat(only.periods()).hasSize(2);
    }

    @Test
    void aPeriodInsideAnotherDoesNotShortenTheCase() {
        CasePeriod only = SickLeaveFixtures.caseOf(
                leave("2026-01-05", "2026-02-28"), leave("2026-01-10", "2026-01-12"));

        assertThat(only.end()).isEqualTo(date("2026-02-28"));
    }

    @Test
    void latestIsTheMostRecentCaseAndEmptyWithoutLeave() {
        assertThat(CasePeriods.latest(List.of())).isEmpty();
        assertThat(CasePeriods.of(List.of())).isEmpty();
        assertThat(CasePeriods.latest(List.of(leave("2025-01-01", "2025-02-01"), leave("2026-01-05", "2026-01-09"))))
                .map(CasePeriod::start).contains(date("2026-01-05"));
    }
}
