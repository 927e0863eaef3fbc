package no.samspill.indicator;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The additive aggregate cells (table indicator_cell) and their cuboids ({@link Cuboid}), and the query-time
 * correction for open deadlines.
 */
@Repository
class IndicatorCells {

    private final JdbcClient jdbc;

    IndicatorCells(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds each delta to its base cell and to the matching row of every cuboid (creating them), and drops rows that
     * reach zero. Cuboids in a fixed order and rows sorted within each: two transactions never wait on each other in
     * opposite orders, so no deadlock.
     */
    void apply(Map<CellKey, Long> delta) {
        for (Cuboid cuboid : Cuboid.values()) {
            Map<List<Object>, Long> rolled = new HashMap<>();
            delta.forEach((k, n) -> {
                List<Object> key = cuboid.project(k.dimensions());
                key.add(k.measure());
                key.add(k.bucket());
                rolled.merge(key, n, Long::sum);
            });
            rolled.values().removeIf(n -> n == 0);
            rolled.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(Comparator.comparing(IndicatorCells::sortKey)))
                    .forEach(e -> add(cuboid, e.getKey(), e.getValue()));
        }
    }

    private void add(Cuboid cuboid, List<Object> key, long n) {
        List<String> columns = new ArrayList<>(cuboid.columns);
        columns.add("measure");
        columns.add("bucket");
        String names = String.join(", ", columns);
        String match = columns.stream().map(c -> c + " = ?").collect(Collectors.joining(" AND "));
        if (n > 0) {
            List<Object> params = new ArrayList<>(key);
            params.add(n);
            jdbc.sql("INSERT INTO " + cuboid.table + " (" + names + ", n) VALUES ("
                            + "?, ".repeat(columns.size()) + "?) ON CONFLICT (" + names + ") DO UPDATE SET n = "
                            + cuboid.table + ".n + excluded.n")
                    .params(params).update();
            return;
        }
        // A negative delta takes back an earlier contribution, so its row exists.
        List<Object> params = new ArrayList<>();
        params.add(n);
        params.addAll(key);
        int rows = jdbc.sql("UPDATE " + cuboid.table + " SET n = n + ? WHERE " + match).params(params).update();
        if (rows != 1) {
            throw new IllegalStateException("Indicator row missing in " + cuboid.table + " for " + key);
        }
        jdbc.sql("DELETE FROM " + cuboid.table + " WHERE " + match + " AND n = 0").params(key).update();
    }

    /** Summed counters of the filtered cells, per group, measure and bucket, from the smallest cuboid that serves. */
    List<Counter> sums(IndicatorFilter filter, Grouping grouping) {
        List<String> dimensions = grouping.dimension == null ? List.of() : List.of(grouping.dimension);
        return sums(filter, Cuboid.smallestKeeping(dimensionsOf(filter, dimensions)), dimensions).stream()
                .map(r -> new Counter(grouping.dimension == null ? Grouping.ALL : r.dimensions().get(0), r.measure(),
                        r.bucket(), r.n()))
                .toList();
    }

    /** The dimensions a query with this filter and these group-by dimensions needs a cuboid to keep. */
    static Set<String> dimensionsOf(IndicatorFilter filter, List<String> groupBy) {
        Set<String> needed = new java.util.HashSet<>(filter.dimensions());
        needed.addAll(groupBy);
        return needed;
    }

    /**
     * Summed counters of the filtered rows of {@code cuboid}, per value of {@code groupBy} (months as YYYY-MM),
     * measure and bucket. The cuboid must keep every filtered and grouped dimension.
     */
    List<Row> sums(IndicatorFilter filter, Cuboid cuboid, List<String> groupBy) {
        if (!cuboid.keeps(dimensionsOf(filter, groupBy))) {
            throw new IllegalArgumentException(cuboid + " does not keep " + dimensionsOf(filter, groupBy));
        }
        List<Object> params = new ArrayList<>();
        String where = filter.where(params);
        StringBuilder select = new StringBuilder("SELECT ");
        for (String d : groupBy) {
            select.append(expression(d)).append(", ");
        }
        String keys = groupBy.isEmpty() ? "" : groupBy.stream().map(d -> String.valueOf(groupBy.indexOf(d) + 1))
                .collect(Collectors.joining(", ", "", ", "));
        select.append("measure, bucket, sum(n) AS n FROM ").append(cuboid.table).append(" WHERE ").append(where)
                .append(" GROUP BY ").append(keys).append("measure, bucket");
        int k = groupBy.size();
        return jdbc.sql(select.toString()).params(params)
                .query((rs, i) -> {
                    List<String> values = new ArrayList<>(k);
                    for (int c = 1; c <= k; c++) {
                        values.add(rs.getString(c));
                    }
                    return new Row(values, rs.getString("measure"), rs.getInt("bucket"), rs.getLong("n"));
                })
                .list();
    }

    /** Deadlines still open on {@code today}, per group of one view. */
    List<Counter> openDeadlines(IndicatorFilter filter, Grouping grouping, LocalDate today) {
        List<String> dimensions = grouping.dimension == null ? List.of() : List.of(grouping.dimension);
        return openDeadlines(filter, dimensions, today).stream()
                .map(r -> new Counter(grouping.dimension == null ? Grouping.ALL : r.dimensions().get(0), r.measure(),
                        r.bucket(), r.n()))
                .toList();
    }

    /**
     * Deadlines still open on {@code today} (not settled and not yet passed), per value of {@code groupBy}: they are
     * taken out of their denominators. Each branch matches a partial index, so only unsettled rows are read.
     */
    List<Row> openDeadlines(IndicatorFilter filter, List<String> groupBy, LocalDate today) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        String[][] branches = {
                {Measures.PENDING_DECISION, "decided_on IS NULL AND NOT excluded AND decision_deadline >= ?"},
                {Measures.PENDING_FOLLOW_UP_PLAN, "fup_met IS NULL AND NOT excluded AND fup_due >= ?"},
                {Measures.PENDING_DM1, "dm1_met IS NULL AND NOT excluded AND dm1_due >= ?"},
                {Measures.PENDING_DM2, "dm2_met IS NULL AND NOT excluded AND dm2_due >= ?"}};
        String select = groupBy.stream().map(d -> expression(d) + ", ").collect(Collectors.joining());
        StringBuilder keys = new StringBuilder();
        for (int i = 1; i <= groupBy.size(); i++) {
            keys.append(i).append(", ");
        }
        keys.append(groupBy.size() + 1);
        for (String[] b : branches) {
            if (!sql.isEmpty()) {
                sql.append(" UNION ALL ");
            }
            sql.append("SELECT ").append(select).append("'").append(b[0])
                    .append("' AS measure, count(*) AS n FROM indicator_pathway_fact WHERE ")
                    .append(b[1]).append(" AND ");
            params.add(Date.valueOf(today));
            sql.append(filter.where(params)).append(" GROUP BY ").append(keys);
        }
        int k = groupBy.size();
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, i) -> {
                    List<String> values = new ArrayList<>(k);
                    for (int c = 1; c <= k; c++) {
                        values.add(rs.getString(c));
                    }
                    return new Row(values, rs.getString("measure"), 0, rs.getLong("n"));
                })
                .list();
    }

    private static String expression(String dimension) {
        return switch (dimension) {
            case "month" -> "to_char(month, 'YYYY-MM')";
            case "clinic", "arm", "complaint_group", "age_band", "sex" -> dimension;
            default -> throw new IllegalArgumentException(dimension);
        };
    }

    private static String sortKey(List<Object> key) {
        return key.stream().map(String::valueOf).collect(Collectors.joining("|"));
    }

    /** One summed counter of a group. */
    record Counter(String group, String measure, int bucket, long n) {
    }

    /** One summed counter per value of the grouped dimensions (in the order asked for). */
    record Row(List<String> dimensions, String measure, int bucket, long n) {
    }
}
