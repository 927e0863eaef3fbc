package no.samspill.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    static Map<String, Integer> cells(Object... keysAndCounts) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            m.put((String) keysAndCounts[i], (Integer) keysAndCounts[i + 1]);
        }
        return m;
    }

    @Test
    void cellsWithFiveOrMoreAnswersAreShown() {
        var r = Suppression.apply(cells("a", 5, "b", 12));
        assertThat(r.hidden()).isEmpty();
        assertThat(r.totalShown()).isTrue();
    }

    @Test
    void aSingleSmallCellIsHiddenWithTheNextSmallestSoItCannotBeWorkedOutFromTheTotal() {
        var r = Suppression.apply(cells("a", 3, "b", 12, "c", 7, "d", 20));
        assertThat(r.hidden()).containsExactlyInAnyOrder("a", "c");
        assertThat(r.totalShown()).isTrue();
    }

    @Test
    void twoSmallCellsAddingUpToFewerThanFiveNeedAThird() {
        var r = Suppression.apply(cells("a", 1, "b", 2, "c", 9, "d", 30));
        assertThat(r.hidden()).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void twoSmallCellsAddingUpToFiveOrMoreAreEnough() {
        var r = Suppression.apply(cells("a", 3, "b", 4, "c", 9));
        assertThat(r.hidden()).containsExactlyInAnyOrder("a", "b");
        assertThat(r.totalShown()).isTrue();
    }

    @Test
    void aTotalUnderFiveHidesEverything() {
        var r = Suppression.apply(cells("a", 2, "b", 1, "c", 0));
        assertThat(r.hidden()).containsExactlyInAnyOrder("a", "b");
        assertThat(r.totalShown()).isFalse();
    }

    @Test
    void aSmallCellAloneWithNothingToPairWithHidesTheTotal() {
        var r = Suppression.apply(cells("a", 3, "b", 0));
        assertThat(r.totalShown()).isFalse();
        var only = Suppression.apply(cells("a", 4, "b", 6));
        assertThat(only.hidden()).containsExactlyInAnyOrder("a", "b");
        assertThat(only.totalShown()).isTrue();
    }

    @Test
    void zeroIsShownBecauseItRevealsNobody() {
        var r = Suppression.apply(cells("a", 0, "b", 8));
        assertThat(r.hidden()).isEmpty();
    }
}
