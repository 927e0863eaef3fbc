package no.samspill.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import no.samspill.pathway.WorkStatus;

/**
 * Turns summed counters into published figures: each indicator's formula gives a table (groups × components, with
 * totals), {@link SmallCellSuppression} marks what may not be shown, and only then are values computed.
 */
final class IndicatorCalculator {

    private IndicatorCalculator() {
    }

    static IndicatorReport report(IndicatorFilter filter, Grouping grouping, List<String> groups,
                                  Map<String, Formulas.Counts> byGroup) {
        Formulas.Counts empty = new Formulas.Counts(Map.of(), Map.of());
        List<Formulas.Counts> rows = groups.stream().map(g -> byGroup.getOrDefault(g, empty)).toList();
        Formulas.Counts total = merge(rows);
        List<IndicatorSeries> series = new ArrayList<>();
        for (IndicatorDefinition def : IndicatorCatalogue.all()) {
            Formulas.Formula formula = Formulas.of(def.id());
            long[][] table = rows.stream().map(formula::components).toArray(long[][]::new);
            int width = formula.components(total).length;
            if (table.length == 0) {
                table = new long[0][width];
            }
            boolean[][] s = SmallCellSuppression.suppress(table.length == 0 ? new long[][]{new long[width]} : table);
            List<Figure> figures = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                figures.add(figure(groups.get(i), formula, rows.get(i), s[i]));
            }
            series.add(new IndicatorSeries(def, figures, figure("Alle", formula, total, s[s.length - 1])));
        }
        return new IndicatorReport(filter, grouping, groups, series);
    }

    private static Figure figure(String group, Formulas.Formula formula, Formulas.Counts counts, boolean[] suppressed) {
        long[] components = formula.components(counts);
        long n = 0;
        for (long c : components) {
            n += c;
        }
        boolean nSuppressed = suppressed[components.length];
        boolean anySuppressed = nSuppressed;
        for (int j = 0; j < components.length; j++) {
            anySuppressed |= suppressed[j];
        }
        List<Figure.Share> shares = null;
        if (formula instanceof Formulas.Distribution) {
            shares = new ArrayList<>();
            for (WorkStatus status : WorkStatus.values()) {
                int j = status.ordinal();
                boolean hidden = suppressed[j] || nSuppressed;
                shares.add(new Figure.Share(status.name(), status.label(),
                        hidden || n == 0 ? null : 100.0 * components[j] / n, hidden));
            }
        }
        Double value = anySuppressed ? null : formula.value(counts);
        return new Figure(group, value, nSuppressed ? 0 : n, nSuppressed, anySuppressed, shares);
    }

    private static Formulas.Counts merge(List<Formulas.Counts> rows) {
        Map<String, NavigableMap<Integer, Long>> counters = new HashMap<>();
        Map<String, Long> open = new HashMap<>();
        for (Formulas.Counts c : rows) {
            c.counters().forEach((measure, h) -> h.forEach((bucket, n) ->
                    counters.computeIfAbsent(measure, m -> new TreeMap<>()).merge(bucket, n, Long::sum)));
            c.open().forEach((k, v) -> open.merge(k, v, Long::sum));
        }
        return new Formulas.Counts(counters, open);
    }
}
