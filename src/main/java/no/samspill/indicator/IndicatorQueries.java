package no.samspill.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analyst's figures: sums of the aggregate cells for a filter, split by month, clinic or study arm, with the
 * deadlines still open today taken out of their denominators, suppressed before they leave this module. Reads no
 * person data: cells are counts, and the open-deadline correction returns counts only.
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
        LocalDate today = LocalDate.now(clock);
        Map<String, Map<String, TreeMap<Integer, Long>>> counters = new HashMap<>();
        Map<String, Map<String, Long>> open = new HashMap<>();
        for (IndicatorCells.Counter c : cells.sums(filter, grouping)) {
            counters.computeIfAbsent(c.group(), g -> new HashMap<>())
                    .computeIfAbsent(c.measure(), m -> new TreeMap<>()).merge(c.bucket(), c.n(), Long::sum);
        }
        for (IndicatorCells.Counter c : cells.openDeadlines(filter, grouping, today)) {
            open.computeIfAbsent(c.group(), g -> new HashMap<>()).merge(c.measure(), c.n(), Long::sum);
        }
        Map<String, Formulas.Counts> byGroup = new HashMap<>();
        TreeSet<String> present = new TreeSet<>(counters.keySet());
        for (String g : present) {
            byGroup.put(g, new Formulas.Counts(new HashMap<>(counters.get(g)), open.getOrDefault(g, Map.of())));
        }
        List<String> groups = switch (grouping) {
            case TOTAL -> List.of("Alle");
            case MONTH -> filter.months().stream().map(YearMonth::toString).toList();
            case CLINIC, ARM -> new ArrayList<>(present);
        };
        return IndicatorCalculator.report(filter, grouping, groups, byGroup);
    }
}
