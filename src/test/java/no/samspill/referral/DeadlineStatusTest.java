package no.samspill.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Worked example: received Maundy Thursday 2026-04-02. Good Friday (04-03), the weekend and Easter Monday (04-06) are
 * not working days, so the 10 working days are 04-07..04-10 and 04-13..04-17 and 04-20: the deadline is Monday
 * 2026-04-20. "Due soon" is two working days or fewer left.
 */
class DeadlineStatusTest {

    static final LocalDate RECEIVED = LocalDate.of(2026, 4, 2);
    static final LocalDate DEADLINE = LocalDate.of(2026, 4, 20);

    static DeadlineStatus on(String today) {
        return AssessmentDeadline.status(DEADLINE, null, LocalDate.parse(today));
    }

    @Test
    void theDeadlineSkipsEasterAndTheWeekend() {
        assertThat(AssessmentDeadline.forReceipt(RECEIVED)).isEqualTo(DEADLINE);
    }

    @Test
    void onTimeWhileMoreThanTwoWorkingDaysAreLeft() {
        assertThat(on("2026-04-02")).isEqualTo(DeadlineStatus.ON_TIME);
        assertThat(on("2026-04-15")).isEqualTo(DeadlineStatus.ON_TIME);   // 16, 17, 20 left
    }

    @Test
    void dueSoonWithTwoWorkingDaysOrFewerLeftCountingAcrossTheWeekend() {
        assertThat(on("2026-04-16")).isEqualTo(DeadlineStatus.DUE_SOON);  // 17, 20 left
        assertThat(on("2026-04-18")).isEqualTo(DeadlineStatus.DUE_SOON);  // Saturday: 20 left
        assertThat(on("2026-04-20")).isEqualTo(DeadlineStatus.DUE_SOON);  // the deadline itself
    }

    @Test
    void overdueFromTheDayAfterTheDeadline() {
        assertThat(on("2026-04-21")).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(on("2026-12-24")).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void aDecisionSettlesItWhateverTheDayIsNow() {
        LocalDate muchLater = LocalDate.of(2026, 6, 1);
        assertThat(AssessmentDeadline.status(DEADLINE, DEADLINE, muchLater)).isEqualTo(DeadlineStatus.DECIDED_IN_TIME);
        assertThat(AssessmentDeadline.status(DEADLINE, RECEIVED, muchLater)).isEqualTo(DeadlineStatus.DECIDED_IN_TIME);
        assertThat(AssessmentDeadline.status(DEADLINE, DEADLINE.plusDays(1), muchLater))
                .isEqualTo(DeadlineStatus.DECIDED_LATE);
    }

    @Test
    void labelsAndTonesForTheTags() {
        assertThat(DeadlineStatus.OVERDUE.label()).isEqualTo("Frist passert");
        assertThat(DeadlineStatus.OVERDUE.tone()).isEqualTo("error");
        assertThat(DeadlineStatus.DUE_SOON.tone()).isEqualTo("warning");
        assertThat(DeadlineStatus.DECIDED_IN_TIME.tone()).isEqualTo("success");
        assertThat(DeadlineStatus.ON_TIME.tone()).isEqualTo("neutral");
    }
}
