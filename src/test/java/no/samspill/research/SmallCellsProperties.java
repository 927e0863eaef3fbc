package no.samspill.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** After the plan is applied, every combination of quasi-identifiers left in the dataset has at least 5 rows. */
class SmallCellsProperties {

    @Provide
    Arbitrary<List<SmallCells.Key>> rows() {
        Arbitrary<SmallCells.Key> key = Combinators.combine(
                Arbitraries.of(AgeBand.ALL), Arbitraries.of("F", "M"), Arbitraries.of("974000008", "974000016"),
                Arbitraries.of("2025-11", "2025-12", "2026-01", "2026-02")).as(SmallCells.Key::new);
        return key.list().ofMaxSize(400);
    }

    @Property
    void everyCombinationLeftHasAtLeastTheThreshold(@ForAll("rows") List<SmallCells.Key> rows) {
        Map<SmallCells.Key, Long> counts = new HashMap<>();
        rows.forEach(k -> counts.merge(k, 1L, Long::sum));
        SmallCells.Plan plan = SmallCells.plan(counts, SmallCells.THRESHOLD);

        Map<SmallCells.Key, Long> out = new HashMap<>();
        long kept = 0;
        long generalised = 0;
        long suppressed = 0;
        for (SmallCells.Key k : rows) {
            switch (plan.actionFor(k)) {
                case KEEP -> {
                    out.merge(k, 1L, Long::sum);
                    kept++;
                }
                case GENERALISE -> {
                    out.merge(k.generalised(), 1L, Long::sum);
                    generalised++;
                }
                case SUPPRESS -> suppressed++;
            }
        }
        assertThat(out.values()).allMatch(n -> n >= SmallCells.THRESHOLD);
        assertThat(generalised).isEqualTo(plan.rowsGeneralised());
        assertThat(suppressed).isEqualTo(plan.rowsSuppressed());
        assertThat(kept + generalised + suppressed).isEqualTo(rows.size());
        // Nothing is touched that did not need it.
        counts.forEach((k, n) -> assertThat(plan.actionFor(k) == SmallCells.Action.KEEP).isEqualTo(n >= SmallCells.THRESHOLD));
    }
}
