package no.samspill.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analyst's figures: sums of the aggregate cells for a filter, split by month, clinic or study arm, with the
 * deadlines still open today taken out of their denominators, suppressed before they leave this module. Reads no
 * person data: cells are counts, and the open-deadline correction returns counts only. Each view reads the smallest
 * cuboid that keeps its filter and grouping; several views at once share one read per cuboid and one open-deadline
 * read.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorQueries {

    private final IndicatorCells cells;
    private final Clock clock;

    IndicatorQueries(IndicatorCells cells, Clock clock) {
        this.cells = cells;
        this.clock = clock;
    }

    public List<IndicatorDefinition> catalogue() {
        return IndicatorCatalogue.all();
    }

    public YearMonth currentMonth() {
        return YearMonth.now(clock);
    }

    public IndicatorReport report(IndicatorFilter filter, Grouping grouping) {
        return reports(filter, Set.of(grouping)).get(grouping);
    }

    /** The same filter split several ways (the dashboard page): one cell read per cuboid, one open-deadline read. */
    public Map<Grouping, IndicatorReport> reports(IndicatorFilter filter, Set<Grouping> groupings) {
        LocalDate today = LocalDate.now(clock);
        Map<Grouping, Map<String, Map<String, TreeMap<Integer, Long>>>> counters = new EnumMap<>(Grouping.class);
        Map<Grouping, Map<String, Map<String, Long>>> open = new EnumMap<>(Grouping.class);
        Map<Cuboid, List<Grouping>> byCuboid = new EnumMap<>(Cuboid.class);
        Set<String> allDimensions = new LinkedHashSet<>();
        for (Grouping g : groupings) {
            byCuboid.computeIfAbsent(Cuboid.smallestKeeping(IndicatorCells.dimensionsOf(filter, dimensions(g))),
                    c -> new ArrayList<>()).add(g);
            allDimensions.addAll(dimensions(g));
            counters.put(g, new HashMap<>());
            open.put(g, new HashMap<>());
        }
        byCuboid.forEach((cuboid, shared) -> {
            List<String> groupBy = new ArrayList<>(new LinkedHashSet<>(
                    shared.stream().flatMap(g -> dimensions(g).stream()).toList()));
            for (IndicatorCells.Row r : cells.sums(filter, cuboid, groupBy)) {
                for (Grouping g : shared) {
                    counters.get(g).computeIfAbsent(label(g, groupBy, r), x -> new HashMap<>())
                            .computeIfAbsent(r.measure(), m -> new TreeMap<>()).merge(r.bucket(), r.n(), Long::sum);
                }
            }
        });
        List<String> openBy = new ArrayList<>(allDimensions);
        for (IndicatorCells.Row r : cells.openDeadlines(filter, openBy, today)) {
            for (Grouping g : groupings) {
                open.get(g).computeIfAbsent(label(g, openBy, r), x -> new HashMap<>())
                        .merge(r.measure(), r.n(), Long::sum);
            }
        }
        Map<Grouping, IndicatorReport> reports = new EnumMap<>(Grouping.class);
        for (Grouping g : groupings) {
            reports.put(g, report(filter, g, counters.get(g), open.get(g)));
        }
        return reports;
    }

    private static IndicatorReport report(IndicatorFilter filter, Grouping grouping,
                                          Map<String, Map<String, TreeMap<Integer, Long>>> counters,
                                          Map<String, Map<String, Long>> open) {
        Map<String, Formulas.Counts> byGroup = new HashMap<>();
        TreeSet<String> present = new TreeSet<>(counters.keySet());
        for (String g : present) {
            byGroup.put(g, new Formulas.Counts(new HashMap<>(counters.get(g)), open.getOrDefault(g, Map.of())));
        }
        List<String> groups = switch (grouping) {
            case TOTAL -> List.of(Grouping.ALL);
            case MONTH -> filter.months().stream().map(YearMonth::toString).toList();
            case CLINIC, ARM -> new ArrayList<>(present);
        };
        return IndicatorCalculator.report(filter, grouping, groups, byGroup);
    }

    private static List<String> dimensions(Grouping g) {
        return g.dimension == null ? List.of() : List.of(g.dimension);
    }

    private static String label(Grouping g, List<String> groupBy, IndicatorCells.Row r) {
        return g.dimension == null ? Grouping.ALL : r.dimensions().get(groupBy.indexOf(g.dimension));
    }
}
