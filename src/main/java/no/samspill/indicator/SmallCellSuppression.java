package no.samspill.indicator;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Small-cell suppression of a table published with its row totals, column totals and grand total.
 *
 * <p>The table is extended by its totals to {@code (r+1) x (c+1)}: the last column holds the row totals, the last row
 * the column totals, the corner the grand total. Every line of the extended table obeys one linear equation (the cells
 * sum to the total), so a suppressed cell can be recovered exactly when it is determined by those equations.
 * Seen as a bipartite graph (lines as vertices, suppressed cells as edges), a suppressed cell is determined exactly
 * when it lies on no cycle, i.e. when it is a bridge (decision 0010). So:
 * <ol>
 *   <li>primary: every cell, total included, with 1 to {@value #MIN_COUNT}−1 is suppressed (zero is shown: it
 *       discloses nobody);</li>
 *   <li>secondary: while some suppressed cell is a bridge, one more cell is suppressed: the smallest other cell of
 *       its line when it is alone there, else the smallest cell joining the bridge's two sides, which puts it on a
 *       cycle. Each step suppresses one more cell, and a fully suppressed table has no bridge, so it ends.</li>
 * </ol>
 */
public final class SmallCellSuppression {

    public static final int MIN_COUNT = 5;

    private SmallCellSuppression() {
    }

    /**
     * @param cells the inner table, {@code cells[row][column]}, non-negative
     * @return the extended table's suppression marks: {@code [r+1][c+1]}, totals in the last row and column
     */
    public static boolean[][] suppress(long[][] cells) {
        long[][] ext = extend(cells);
        int rows = ext.length;
        int cols = ext[0].length;
        boolean[][] s = new boolean[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                s[i][j] = ext[i][j] > 0 && ext[i][j] < MIN_COUNT;
            }
        }
        while (true) {
            int[] bridge = findBridge(s);
            if (bridge == null) {
                return s;
            }
            int[] next = best(ext, s, bridge);
            s[next[0]][next[1]] = true;
        }
    }

    /**
     * The open cell to suppress for a bridge: when the bridge is alone in its row (or column), the smallest other cell
     * of that line; otherwise the smallest cell joining the bridge's two sides.
     */
    private static int[] best(long[][] ext, boolean[][] s, int[] bridge) {
        int rows = s.length;
        int cols = s[0].length;
        int r = bridge[0];
        int c = bridge[1];
        int[] best = null;
        if (countInRow(s, r) == 1) {
            for (int j = 0; j < cols; j++) {
                best = smaller(ext, s, best, r, j);
            }
            return best;
        }
        if (countInColumn(s, c) == 1) {
            for (int i = 0; i < rows; i++) {
                best = smaller(ext, s, best, i, c);
            }
            return best;
        }
        s[r][c] = false;
        boolean[] rowsA = new boolean[rows];
        boolean[] colsA = new boolean[cols];
        boolean[] rowsB = new boolean[rows];
        boolean[] colsB = new boolean[cols];
        reach(s, 0, r, rowsA, colsA);
        reach(s, 1, c, rowsB, colsB);
        s[r][c] = true;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if ((rowsA[i] && colsB[j]) || (rowsB[i] && colsA[j])) {
                    best = smaller(ext, s, best, i, j);
                }
            }
        }
        if (best == null) {
            throw new IllegalStateException("No cell can protect a suppressed cell");
        }
        return best;
    }

    private static int[] smaller(long[][] ext, boolean[][] s, int[] best, int i, int j) {
        if (s[i][j]) {
            return best;
        }
        return best == null || cost(ext[i][j]) < cost(ext[best[0]][best[1]]) ? new int[]{i, j} : best;
    }

    /** The smallest non-zero cell is preferred: hiding a zero protects little when counts cannot be negative. */
    private static long cost(long value) {
        return value == 0 ? Long.MAX_VALUE : value;
    }

    private static int countInRow(boolean[][] s, int i) {
        int n = 0;
        for (boolean b : s[i]) {
            n += b ? 1 : 0;
        }
        return n;
    }

    private static int countInColumn(boolean[][] s, int j) {
        int n = 0;
        for (boolean[] row : s) {
            n += row[j] ? 1 : 0;
        }
        return n;
    }

    /** The table with its totals: last column row totals, last row column totals, corner the grand total. */
    public static long[][] extend(long[][] cells) {
        int r = cells.length;
        int c = r == 0 ? 0 : cells[0].length;
        long[][] ext = new long[r + 1][c + 1];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                if (cells[i][j] < 0) {
                    throw new IllegalArgumentException("Negative count");
                }
                ext[i][j] = cells[i][j];
                ext[i][c] += cells[i][j];
                ext[r][j] += cells[i][j];
                ext[r][c] += cells[i][j];
            }
        }
        return ext;
    }

    /** A suppressed cell whose row and column are no longer connected once it is taken out, or null. */
    private static int[] findBridge(boolean[][] s) {
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s[0].length; j++) {
                if (s[i][j]) {
                    s[i][j] = false;
                    boolean[] rowSide = new boolean[s.length];
                    boolean[] colSide = new boolean[s[0].length];
                    reach(s, 0, i, rowSide, colSide);
                    s[i][j] = true;
                    if (!colSide[j]) {
                        return new int[]{i, j};
                    }
                }
            }
        }
        return null;
    }

    /** Marks the rows and columns reachable over suppressed cells from a row (kind 0) or a column (kind 1). */
    private static void reach(boolean[][] s, int kind, int start, boolean[] rowSide, boolean[] colSide) {
        Deque<int[]> queue = new ArrayDeque<>();
        if (kind == 0) {
            rowSide[start] = true;
        } else {
            colSide[start] = true;
        }
        queue.add(new int[]{kind, start});
        while (!queue.isEmpty()) {
            int[] v = queue.poll();
            if (v[0] == 0) {
                for (int j = 0; j < s[0].length; j++) {
                    if (s[v[1]][j] && !colSide[j]) {
                        colSide[j] = true;
                        queue.add(new int[]{1, j});
                    }
                }
            } else {
                for (int i = 0; i < s.length; i++) {
                    if (s[i][v[1]] && !rowSide[i]) {
                        rowSide[i] = true;
                        queue.add(new int[]{0, i});
                    }
                }
            }
        }
    }
}
