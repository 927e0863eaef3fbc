package no.samspill.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The attacker's view: every published cell and total is known, every suppressed one is an unknown, and each line of
 * the table with its totals is an equation. A suppressed value is recoverable when those equations determine it,
 * which this test decides by linear algebra (the unit vector of the unknown lies in the row space of the equations),
 * independently of the graph argument the implementation uses.
 */
class SmallCellSuppressionProperties {

    @Provide
    Arbitrary<long[][]> tables() {
        Arbitrary<Long> cell = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 4)),
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(5, 60)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(0L)));
        return Arbitraries.integers().between(1, 6).flatMap(rows -> Arbitraries.integers().between(1, 5)
                .flatMap(cols -> cell.array(long[].class).ofSize(cols).array(long[][].class).ofSize(rows)));
    }

    @Property(tries = 500)
    void everySmallCellAndTotalIsSuppressed(@ForAll("tables") long[][] table) {
        long[][] ext = SmallCellSuppression.extend(table);
        boolean[][] s = SmallCellSuppression.suppress(table);
        for (int i = 0; i < ext.length; i++) {
            for (int j = 0; j < ext[0].length; j++) {
                if (ext[i][j] > 0 && ext[i][j] < SmallCellSuppression.MIN_COUNT) {
                    assertThat(s[i][j]).as("cell %d,%d = %d", i, j, ext[i][j]).isTrue();
                }
            }
        }
    }

    @Property(tries = 500)
    void noSuppressedValueCanBeRecoveredFromThePublishedTotals(@ForAll("tables") long[][] table) {
        boolean[][] s = SmallCellSuppression.suppress(table);
        List<int[]> unknowns = new ArrayList<>();
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s[0].length; j++) {
                if (s[i][j]) {
                    unknowns.add(new int[]{i, j});
                }
            }
        }
        double[][] equations = equations(s, unknowns);
        int rank = rank(equations);
        for (int u = 0; u < unknowns.size(); u++) {
            double[][] withUnit = new double[equations.length + 1][];
            System.arraycopy(equations, 0, withUnit, 0, equations.length);
            withUnit[equations.length] = new double[unknowns.size()];
            withUnit[equations.length][u] = 1;
            assertThat(rank(withUnit)).as("suppressed cell %d,%d is determined by the totals",
                    unknowns.get(u)[0], unknowns.get(u)[1]).isGreaterThan(rank);
        }
    }

    /** One equation per line of the extended table, over the unknowns only (known values move to the other side). */
    private static double[][] equations(boolean[][] s, List<int[]> unknowns) {
        int rows = s.length;
        int cols = s[0].length;
        double[][] eq = new double[rows + cols][unknowns.size()];
        for (int u = 0; u < unknowns.size(); u++) {
            int i = unknowns.get(u)[0];
            int j = unknowns.get(u)[1];
            // row i: inner cells sum to the row total (last column)
            eq[i][u] = j == cols - 1 ? -1 : 1;
            // column j: inner cells sum to the column total (last row)
            eq[rows + j][u] = i == rows - 1 ? -1 : 1;
        }
        return eq;
    }

    private static int rank(double[][] m) {
        double[][] a = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            a[i] = m[i].clone();
        }
        int cols = a.length == 0 ? 0 : a[0].length;
        int rank = 0;
        for (int c = 0; c < cols && rank < a.length; c++) {
            int pivot = -1;
            for (int r = rank; r < a.length; r++) {
                if (Math.abs(a[r][c]) > 1e-9 && (pivot < 0 || Math.abs(a[r][c]) > Math.abs(a[pivot][c]))) {
                    pivot = r;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] t = a[pivot];
            a[pivot] = a[rank];
            a[rank] = t;
            for (int r = 0; r < a.length; r++) {
                if (r != rank && Math.abs(a[r][c]) > 1e-9) {
                    double f = a[r][c] / a[rank][c];
                    for (int k = c; k < cols; k++) {
                        a[r][k] -= f * a[rank][k];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
