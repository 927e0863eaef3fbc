package no.samspill.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SuppressionProperties {

    static Map<Integer, Integer> group(List<Integer> counts) {
        Map<Integer, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < counts.size(); i++) {
            m.put(i, counts.get(i));
        }
        return m;
    }

    @Property
    void noShownCellHasFewerThanFiveAnswers(@ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 40) Integer> counts) {
        var r = Suppression.apply(group(counts));
        r.counts().forEach((k, n) -> {
            if (r.shown(k)) {
                assertThat(n == 0 || n >= Suppression.MIN_N).isTrue();
            }
        });
    }

    @Property
    void aHiddenSmallCellCannotBeWorkedOutFromTheTotal(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 40) Integer> counts) {
        var r = Suppression.apply(group(counts));
        if (!r.totalShown()) {
            return;
        }
        int total = r.total();
        assertThat(total == 0 || total >= Suppression.MIN_N).isTrue();
        int shownSum = r.counts().entrySet().stream().filter(e -> r.shown(e.getKey())).mapToInt(Map.Entry::getValue).sum();
        int residual = total - shownSum;
        // What the total and the shown cells give away is the sum of the hidden ones: it is 0 or at least 5, and spread
        // over at least two cells, so no single hidden cell (let alone one under 5) can be recovered.
        assertThat(residual == 0 || residual >= Suppression.MIN_N).isTrue();
        long hiddenNonZero = r.hidden().stream().filter(k -> r.counts().get(k) > 0).count();
        assertThat(residual == 0 || hiddenNonZero >= 2).isTrue();
    }

    @Property
    void aTotalUnderFiveIsNeverShown(@ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 4) Integer> counts) {
        var r = Suppression.apply(group(counts));
        int total = r.total();
        if (total > 0 && total < Suppression.MIN_N) {
            assertThat(r.totalShown()).isFalse();
        }
    }
}
