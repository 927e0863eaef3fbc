package no.samspill.programme;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Small-number suppression for survey results, the same rule as the indicators: a cell (a workplace in a wave) is
 * shown only when at least {@value #MIN_N} answered. So that a hidden cell cannot be worked out from the total,
 * complementary cells are hidden too until the hidden cells together hold at least {@value #MIN_N} answers and
 * there are at least two of them; when that is impossible the total is hidden. Zero is shown: it reveals nobody.
 */
public final class Suppression {

    public static final int MIN_N = 5;

    private Suppression() {
    }

    /** The outcome for one group of cells (for example the workplaces of a cohort in one wave) and its total. */
    public record Result<K>(Map<K, Integer> counts, Set<K> hidden, boolean totalShown) {

        public boolean shown(K key) {
            return !hidden.contains(key);
        }

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public static boolean tooFew(int n) {
        return n > 0 && n < MIN_N;
    }

    public static <K> Result<K> apply(Map<K, Integer> counts) {
        Map<K, Integer> cells = new LinkedHashMap<>(counts);
        int total = cells.values().stream().mapToInt(Integer::intValue).sum();
        Set<K> hidden = new LinkedHashSet<>();
        cells.forEach((k, n) -> {
            if (tooFew(n)) {
                hidden.add(k);
            }
        });
        if (tooFew(total)) {
            cells.forEach((k, n) -> {
                if (n > 0) {
                    hidden.add(k);
                }
            });
            return new Result<>(cells, hidden, false);
        }
        boolean totalShown = true;
        while (!hidden.isEmpty() && (sum(cells, hidden) < MIN_N || hidden.size() < 2)) {
            K next = cells.entrySet().stream()
                    .filter(e -> e.getValue() > 0 && !hidden.contains(e.getKey()))
                    .min(Comparator.comparingInt(Map.Entry::getValue))
                    .map(Map.Entry::getKey).orElse(null);
            if (next == null) {
                totalShown = false;
                break;
            }
            hidden.add(next);
        }
        return new Result<>(cells, hidden, totalShown);
    }

    private static <K> int sum(Map<K, Integer> cells, Set<K> keys) {
        return keys.stream().mapToInt(cells::get).sum();
    }
}
