package no.samspill.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmallCellSuppressionTest {

    @Test
    void aLoneSmallCellGetsAPartnerInItsRowAndColumn() {
        // clinic A: 3 met, 10 not met; clinic B: 20 met, 30 not met
        boolean[][] s = SmallCellSuppression.suppress(new long[][]{{3, 10}, {20, 30}});
        // 3 is primary; 10 protects it in its row; 20 protects it in its column; 30 closes the cycle
        assertThat(s[0][0]).isTrue();
        assertThat(s[0][1]).isTrue();
        assertThat(s[1][0]).isTrue();
        assertThat(s[1][1]).isTrue();
        // the totals stay published: 13, 50, 23, 40 and 63
        assertThat(s[0][2]).isFalse();
        assertThat(s[1][2]).isFalse();
        assertThat(s[2][0]).isFalse();
        assertThat(s[2][1]).isFalse();
        assertThat(s[2][2]).isFalse();
    }

    @Test
    void nothingIsSuppressedWhenEveryCellIsZeroOrAtLeastFive() {
        boolean[][] s = SmallCellSuppression.suppress(new long[][]{{0, 7}, {5, 12}});
        for (boolean[] row : s) {
            for (boolean b : row) {
                assertThat(b).isFalse();
            }
        }
    }

    @Test
    void aSmallRowTotalIsSuppressedWithItsCells() {
        // one clinic with 2 + 1: the row total 3 is itself a small number
        boolean[][] s = SmallCellSuppression.suppress(new long[][]{{2, 1}, {30, 40}});
        assertThat(s[0][2]).isTrue();
        assertThat(s[0][0]).isTrue();
        assertThat(s[0][1]).isTrue();
    }
}
