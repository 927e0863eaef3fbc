package no.samspill.research;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Small-cell suppression on the quasi-identifiers age band × sex × clinic × month of pathway start. A row whose
 * combination has fewer than {@link #THRESHOLD} rows in the extract is generalised: age band and sex become "*" and its
 * dates keep only the year. Generalised rows then share the combination * × * × clinic × year; where that group still
 * has fewer than the threshold, its rows are left out of the dataset. Afterwards every combination of quasi-identifiers
 * in the dataset has at least {@link #THRESHOLD} rows. Plain Java, no person data: it sees only the combinations.
 */
public final class SmallCells {

    public static final int THRESHOLD = 5;
    public static final String SUPPRESSED = "*";

    /** A combination of quasi-identifiers; {@code month} is yyyy-mm. */
    public record Key(String ageBand, String sex, String clinic, String month) {

        Key generalised() {
            return new Key(SUPPRESSED, SUPPRESSED, clinic, month.substring(0, 4));
        }
    }

    public enum Action { KEEP, GENERALISE, SUPPRESS }

    /** What to do with each combination, with the counts for the report. */
    public record Plan(Map<Key, Action> actions, int threshold, long cellsGeneralised, long rowsGeneralised,
                       long groupsSuppressed, long rowsSuppressed) {

        public Action actionFor(Key key) {
            return actions.getOrDefault(key, Action.SUPPRESS);
        }
    }

    private SmallCells() {
    }

    public static Plan plan(Map<Key, Long> counts, int threshold) {
        Map<Key, Action> actions = new HashMap<>();
        Map<Key, Long> generalisedGroups = new HashMap<>();
        long cells = 0;
        long rows = 0;
        for (Map.Entry<Key, Long> cell : counts.entrySet()) {
            if (cell.getValue() >= threshold) {
                actions.put(cell.getKey(), Action.KEEP);
            } else {
                cells++;
                rows += cell.getValue();
                generalisedGroups.merge(cell.getKey().generalised(), cell.getValue(), Long::sum);
            }
        }
        Set<Key> tooSmall = new HashSet<>();
        long suppressedRows = 0;
        for (Map.Entry<Key, Long> group : generalisedGroups.entrySet()) {
            if (group.getValue() < threshold) {
                tooSmall.add(group.getKey());
                suppressedRows += group.getValue();
            }
        }
        for (Map.Entry<Key, Long> cell : counts.entrySet()) {
            if (cell.getValue() < threshold) {
                actions.put(cell.getKey(), tooSmall.contains(cell.getKey().generalised())
                        ? Action.SUPPRESS : Action.GENERALISE);
            }
        }
        return new Plan(Map.copyOf(actions), threshold, cells, rows - suppressedRows, tooSmall.size(), suppressedRows);
    }
}
