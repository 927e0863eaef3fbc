package no.samspill.indicator;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The additive aggregate cells (table indicator_cell) and the query-time correction for open deadlines. */
@Repository
class IndicatorCells {

    private final JdbcClient jdbc;

    IndicatorCells(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds each delta to its cell (creating it), and drops cells that reach zero. Keys in a fixed order: no deadlock. */
    void apply(Map<CellKey, Long> delta) {
        delta.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(IndicatorCells::sortKey)))
                .forEach(e -> {
                    Dimensions d = e.getKey().dimensions();
                    if (e.getValue() > 0) {
                        jdbc.sql("""
                                INSERT INTO indicator_cell (month, clinic, complaint_group, age_band, sex, arm, measure,
                                  bucket, n)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                                ON CONFLICT (month, clinic, complaint_group, age_band, sex, arm, measure, bucket)
                                DO UPDATE SET n = indicator_cell.n + excluded.n""")
                                .params(Date.valueOf(d.month()), d.clinic(), d.complaintGroup(), d.ageBand(), d.sex(),
                                        d.arm(), e.getKey().measure(), e.getKey().bucket(), e.getValue())
                                .update();
                        return;
                    }
                    // A negative delta takes back an earlier contribution, so its cell exists.
                    int rows = jdbc.sql("""
                            UPDATE indicator_cell SET n = n + ? WHERE month = ? AND clinic = ? AND complaint_group = ?
                              AND age_band = ? AND sex = ? AND arm = ? AND measure = ? AND bucket = ?""")
                            .params(e.getValue(), Date.valueOf(d.month()), d.clinic(), d.complaintGroup(), d.ageBand(),
                                    d.sex(), d.arm(), e.getKey().measure(), e.getKey().bucket())
                            .update();
                    if (rows != 1) {
                        throw new IllegalStateException("Indicator cell missing for " + e.getKey());
                    }
                    jdbc.sql("""
                            DELETE FROM indicator_cell WHERE month = ? AND clinic = ? AND complaint_group = ?
                              AND age_band = ? AND sex = ? AND arm = ? AND measure = ? AND bucket = ? AND n = 0""")
                            .params(Date.valueOf(d.month()), d.clinic(), d.complaintGroup(), d.ageBand(), d.sex(),
                                    d.arm(), e.getKey().measure(), e.getKey().bucket())
                            .update();
                });
    }

    /** Summed counters of the filtered cells, per group, measure and bucket. */
    List<Counter> sums(IndicatorFilter filter, Grouping grouping) {
        List<Object> params = new ArrayList<>();
        String where = filter.where(params);
        return jdbc.sql("SELECT " + grouping.column + " AS g, measure, bucket, sum(n) AS n FROM indicator_cell WHERE "
                        + where + " GROUP BY 1, 2, 3")
                .params(params)
                .query((rs, i) -> new Counter(rs.getString("g"), rs.getString("measure"), rs.getInt("bucket"),
                        rs.getLong("n")))
                .list();
    }

    /**
     * Deadlines still open on {@code today} (not settled and not yet passed), per group: they are taken out of their
     * denominators. Each branch matches a partial index, so only unsettled rows are read.
     */
    List<Counter> openDeadlines(IndicatorFilter filter, Grouping grouping, LocalDate today) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        String[][] branches = {
                {Measures.PENDING_DECISION, "decided_on IS NULL AND NOT excluded AND decision_deadline >= ?"},
                {Measures.PENDING_FOLLOW_UP_PLAN, "fup_met IS NULL AND NOT excluded AND fup_due >= ?"},
                {Measures.PENDING_DM1, "dm1_met IS NULL AND NOT excluded AND dm1_due >= ?"},
                {Measures.PENDING_DM2, "dm2_met IS NULL AND NOT excluded AND dm2_due >= ?"}};
        for (String[] b : branches) {
            if (!sql.isEmpty()) {
                sql.append(" UNION ALL ");
            }
            sql.append("SELECT ").append(grouping.column).append(" AS g, '").append(b[0])
                    .append("' AS measure, 0 AS bucket, count(*) AS n FROM indicator_pathway_fact WHERE ")
                    .append(b[1]).append(" AND ");
            params.add(Date.valueOf(today));
            sql.append(filter.where(params)).append(" GROUP BY 1");
        }
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, i) -> new Counter(rs.getString("g"), rs.getString("measure"), rs.getInt("bucket"),
                        rs.getLong("n")))
                .list();
    }

    private static String sortKey(CellKey k) {
        Dimensions d = k.dimensions();
        return d.month() + "|" + d.clinic() + "|" + d.complaintGroup() + "|" + d.ageBand() + "|" + d.sex() + "|"
                + d.arm() + "|" + k.measure() + "|" + k.bucket();
    }

    /** One summed counter of a group. */
    record Counter(String group, String measure, int bucket, long n) {
    }
}
