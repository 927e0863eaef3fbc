package no.samspill.sickleave;

import static no.samspill.sickleave.SickLeaveFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EarlyWindowTest {

    @Test
    void weeksNineToThirteenOfACaseStartingMonday5January2026() {
        // from = start + 8 weeks = Mon 2026-03-02; to = start + 13 weeks - 1 day = Sun 2026-04-05
        EarlyWindow window = EarlyWindow.of(SickLeaveFixtures.caseStartingMonday20260105());

        assertThat(window.from()).isEqualTo(date("2026-03-02"));
        assertThat(window.to()).isEqualTo(date("2026-04-05"));
        assertThat(window.contains(date("2026-03-01"))).isFalse();
        assertThat(window.contains(date("2026-03-02"))).isTrue();
        assertThat(window.contains(date("2026-04-05"))).isTrue();
        assertThat(window.contains(date("2026-04-06"))).isFalse();
    }
}
