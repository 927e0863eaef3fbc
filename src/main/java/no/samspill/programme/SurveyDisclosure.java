package no.samspill.programme;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The one decision on which survey figures of a cohort in one wave are published (decision 0032); the cohort report,
 * the run page and the API all read it, so no page shows a cell that another hides.
 * <ul>
 * <li>Nothing is published until every run of the cohort has closed the wave: then the counts no longer change, so
 *     two readings cannot be subtracted from each other.</li>
 * <li>Within each group (an arm of a randomised cohort, else the whole cohort) {@link Suppression} hides cells below
 *     {@value Suppression#MIN_N} and their complements, or the group's total.</li>
 * <li>The cohort total is shown only when every group's total is, so no group total can be recovered from it.</li>
 * </ul>
 * Plain Java.
 */
public final class SurveyDisclosure {

    private SurveyDisclosure() {
    }

    /** The outcome for one wave: whether it is published, which cells and group totals are shown, and the total. */
    public record Decision<K, G>(boolean published, Set<K> shownCells, Set<G> shownGroups, boolean totalShown) {

        public boolean shown(K cell) {
            return published && shownCells.contains(cell);
        }

        public boolean groupShown(G group) {
            return published && shownGroups.contains(group);
        }
    }

    public static <K, G> Decision<K, G> decide(Map<K, Integer> counts, Map<K, G> groupOf, Set<K> closed) {
        if (!closed.containsAll(counts.keySet())) {
            return new Decision<>(false, Set.of(), Set.of(), false);
        }
        Map<G, Map<K, Integer>> groups = new LinkedHashMap<>();
        counts.forEach((k, n) -> groups.computeIfAbsent(groupOf.get(k), g -> new LinkedHashMap<>()).put(k, n));
        Set<K> shown = new LinkedHashSet<>();
        Set<G> shownGroups = new LinkedHashSet<>();
        groups.forEach((group, cells) -> {
            Suppression.Result<K> result = Suppression.apply(cells);
            cells.keySet().stream().filter(result::shown).forEach(shown::add);
            if (result.totalShown()) {
                shownGroups.add(group);
            }
        });
        return new Decision<>(true, shown, shownGroups, shownGroups.size() == groups.size());
    }
}
