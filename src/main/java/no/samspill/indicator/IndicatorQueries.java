package no.samspill.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

    /** Threads for the dashboard's independent reads (bounded: at most this many connections per page at once). */
    private static final ExecutorService READERS = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "indicator-read");
        t.setDaemon(true);
        return t;
    });

    private static List<IndicatorCells.Row> joined(CompletableFuture<List<IndicatorCells.Row>> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
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
        // The cuboid reads and the open-deadline read are independent: run them side by side (each on its own
        // connection), so a page of several views costs about its slowest read, not their sum. Only when this is a
        // read-only transaction of its own: a caller that has written in its transaction reads in it.
        java.util.concurrent.Executor readers = org.springframework.transaction.support.TransactionSynchronizationManager
                .isCurrentTransactionReadOnly() ? READERS : Runnable::run;
        Map<Cuboid, List<String>> groupBys = new EnumMap<>(Cuboid.class);
        Map<Cuboid, CompletableFuture<List<IndicatorCells.Row>>> reads = new EnumMap<>(Cuboid.class);
        byCuboid.forEach((cuboid, shared) -> {
            List<String> groupBy = new ArrayList<>(new LinkedHashSet<>(
                    shared.stream().flatMap(g -> dimensions(g).stream()).toList()));
            groupBys.put(cuboid, groupBy);
            reads.put(cuboid, CompletableFuture.supplyAsync(() -> cells.sums(filter, cuboid, groupBy), readers));
        });
        List<String> openBy = new ArrayList<>(allDimensions);
        CompletableFuture<List<IndicatorCells.Row>> openRead =
                CompletableFuture.supplyAsync(() -> cells.openDeadlines(filter, openBy, today), readers);
        byCuboid.forEach((cuboid, shared) -> {
            List<String> groupBy = groupBys.get(cuboid);
            for (IndicatorCells.Row r : joined(reads.get(cuboid))) {
                for (Grouping g : shared) {
                    counters.get(g).computeIfAbsent(label(g, groupBy, r), x -> new HashMap<>())
                            .computeIfAbsent(r.measure(), m -> new TreeMap<>()).merge(r.bucket(), r.n(), Long::sum);
                }
            }
        });
        for (IndicatorCells.Row r : joined(openRead)) {
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
