package no.samspill.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SickLeaveComparisonTest {

    static SickLeaveFigure q(int year, int quarter, String percent) {
        return new SickLeaveFigure(year, quarter, new BigDecimal(percent));
    }

    @Test
    void comparesUpToFourWholeQuartersBeforeTheFirstSessionWithUpToFourAfterTheLast() {
        List<SickLeaveFigure> figures = List.of(q(2024, 4, "20.0"), q(2025, 1, "8.0"), q(2025, 2, "6.0"),
                q(2025, 3, "7.0"), q(2025, 4, "9.0"), q(2026, 1, "30.0"), q(2026, 3, "5.0"), q(2026, 4, "4.0"));
        SickLeaveComparison c = SickLeaveComparison.of(figures, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 6, 20));
        assertThat(c.quartersBefore()).as("2024 Q4 is a fifth quarter; 2026 Q1 is not whole before").isEqualTo(4);
        assertThat(c.before()).isEqualByComparingTo("7.50");
        assertThat(c.quartersAfter()).isEqualTo(2);
        assertThat(c.after()).isEqualByComparingTo("4.50");
        assertThat(c.change()).isEqualByComparingTo("-3.00");
        assertThat(c.complete()).isTrue();
    }

    @Test
    void aQuarterThatOverlapsTheProgrammeCountsOnNeitherSide() {
        SickLeaveComparison c = SickLeaveComparison.of(List.of(q(2026, 2, "10.0")), LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 6, 1));
        assertThat(c.before()).isNull();
        assertThat(c.after()).isNull();
        assertThat(c.complete()).isFalse();
        assertThat(c.change()).isNull();
    }

    @Test
    void anUnfinishedRunHasNoAfter() {
        SickLeaveComparison c = SickLeaveComparison.of(List.of(q(2025, 1, "5.0"), q(2026, 4, "3.0")),
                LocalDate.of(2025, 6, 1), null);
        assertThat(c.before()).isEqualByComparingTo("5.00");
        assertThat(c.after()).isNull();
    }

    @Test
    void groupMeansNeedFiveWorkplacesWithFiguresOfTheirOwnShown() {
        List<SickLeaveComparison> four = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            four.add(new SickLeaveComparison(new BigDecimal("8.00"), 4, new BigDecimal(6 + i), 4));
        }
        CohortReport.SickLeaveMeans hidden = CohortReport.SickLeaveMeans.of(four);
        assertThat(hidden.shown()).isFalse();
        assertThat(hidden.before()).isNull();
        assertThat(hidden.workplaces()).isEqualTo(4);

        List<SickLeaveComparison> five = new ArrayList<>(four);
        five.add(new SickLeaveComparison(new BigDecimal("10.00"), 4, new BigDecimal("10"), 4));
        CohortReport.SickLeaveMeans shown = CohortReport.SickLeaveMeans.of(five);
        assertThat(shown.before()).isEqualByComparingTo("8.40");
        assertThat(shown.after()).isEqualByComparingTo("8.00");
    }
}
