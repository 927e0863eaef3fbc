package no.samspill.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The tables of additive counters, from the smallest to the base cells: each keeps the referral month and some of
 * the other dimensions, summed over the rest. All are kept by the same delta in the same transaction
 * ({@link IndicatorCells#apply}), so a cuboid always equals the base cells summed over what it leaves out. A query
 * reads the smallest cuboid that keeps every dimension it filters or groups by (decision 0010).
 */
enum Cuboid {
    MONTH("indicator_cube_month", List.of("month")),
    MONTH_ARM("indicator_cube_arm", List.of("month", "arm")),
    MONTH_CLINIC("indicator_cube_clinic", List.of("month", "clinic")),
    PROFILE("indicator_cube_profile", List.of("month", "complaint_group", "age_band", "sex", "arm")),
    CELL("indicator_cell", List.of("month", "clinic", "complaint_group", "age_band", "sex", "arm"));

    final String table;
    final List<String> columns;

    Cuboid(String table, List<String> columns) {
        this.table = table;
        this.columns = columns;
    }

    boolean keeps(Set<String> dimensions) {
        return columns.containsAll(dimensions);
    }

    /** The smallest cuboid that keeps all of {@code dimensions} (the base cells keep everything). */
    static Cuboid smallestKeeping(Set<String> dimensions) {
        for (Cuboid c : values()) {
            if (c.keeps(dimensions)) {
                return c;
            }
        }
        throw new IllegalArgumentException("No cuboid keeps " + dimensions);
    }

    /** The values of this cuboid's dimension columns for a base cell's dimensions, in column order. */
    List<Object> project(Dimensions d) {
        List<Object> values = new ArrayList<>(columns.size());
        for (String column : columns) {
            values.add(switch (column) {
                case "month" -> java.sql.Date.valueOf(d.month());
                case "clinic" -> d.clinic();
                case "complaint_group" -> d.complaintGroup();
                case "age_band" -> d.ageBand();
                case "sex" -> d.sex();
                case "arm" -> d.arm();
                default -> throw new IllegalStateException(column);
            });
        }
        return values;
    }
}
