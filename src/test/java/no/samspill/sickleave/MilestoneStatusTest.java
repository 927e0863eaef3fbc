package no.samspill.sickleave;

import static no.samspill.sickleave.SickLeaveFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MilestoneStatusTest {

    private static final LocalDate TODAY = date("2026-03-10");

    @Test
    void doneWinsEvenWhenDoneLate() {
        assertThat(MilestoneStatus.of(date("2026-03-01"), date("2026-03-05"), TODAY)).isEqualTo(MilestoneStatus.DONE);
    }

    @Test
    void overdueFromTheDayAfterTheDueDate() {
        assertThat(MilestoneStatus.of(date("2026-03-09"), null, TODAY)).isEqualTo(MilestoneStatus.OVERDUE);
    }

    @Test
    void dueTodayAndWithinTheNextSevenDaysCountingToday() {
        assertThat(MilestoneStatus.of(TODAY, null, TODAY)).isEqualTo(MilestoneStatus.DUE);
        assertThat(MilestoneStatus.of(date("2026-03-16"), null, TODAY)).isEqualTo(MilestoneStatus.DUE);
        assertThat(MilestoneStatus.of(date("2026-03-17"), null, TODAY)).isEqualTo(MilestoneStatus.UPCOMING);
    }

    @Test
    void labelsAreNorwegian() {
        assertThat(MilestoneStatus.DONE.label()).isEqualTo("Utført");
        assertThat(MilestoneStatus.OVERDUE.label()).isEqualTo("Forfalt");
        assertThat(MilestoneStatus.DUE.label()).isEqualTo("Forfaller snart");
        assertThat(MilestoneStatus.UPCOMING.label()).isEqualTo("Kommende");
    }

    @Test
    void milestoneDelegatesToTheStatusRule() {
        var plan = new Milestone(MilestoneKind.FOLLOW_UP_PLAN, date("2026-02-01"));

        assertThat(plan.status(null, TODAY)).isEqualTo(MilestoneStatus.OVERDUE);
    }
}
