package no.samspill.sickleave;

import static no.samspill.sickleave.SickLeaveFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SickLeavePeriodTest {

    @Test
    void refusesToDateBeforeFromDate() {
        assertThatThrownBy(() -> new SickLeavePeriod(date("2026-01-10"), date("2026-01-09"), 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Til-dato kan ikke være før fra-dato");
    }

    @Test
    void refusesGradeOutsideOneToHundred() {
        assertThatThrownBy(() -> new SickLeavePeriod(date("2026-01-05"), date("2026-01-09"), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Sykmeldingsgrad må være mellom 1 og 100");
        assertThatThrownBy(() -> new SickLeavePeriod(date("2026-01-05"), date("2026-01-09"), 101))
                .hasMessage("Sykmeldingsgrad må være mellom 1 og 100");
    }

    @Test
    void acceptsOneDayLeaveAndBothGradeLimits() {
        assertThat(new SickLeavePeriod(date("2026-01-05"), date("2026-01-05"), 1).days()).isEqualTo(1);
        assertThat(new SickLeavePeriod(date("2026-01-05"), date("2026-01-05"), 100).isGraded()).isFalse();
    }
}
