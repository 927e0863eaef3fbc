package no.samspill.research;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the view research_source through a server-side cursor (fetch size inside the extract's transaction), in
 * pathway-id order, handing over batches: the whole table is never in memory.
 */
@Repository
class SourceRows {

    static final int BATCH = 500;
    static final Map<String, String> MILESTONES = Map.of("FOLLOW_UP_PLAN", "plan_met_on",
            "DIALOGUE_MEETING_1", "dialogue_meeting_1_met_on", "ACTIVITY_REQUIREMENT", "activity_requirement_met_on",
            "DIALOGUE_MEETING_2", "dialogue_meeting_2_met_on");
    static final Map<String, String> INSTRUMENTS = Map.of("phq-9", "phq9", "gad-7", "gad7", "ompsq-sf", "ompsq",
            "wsas", "wsas", "work-ability-score", "was");

    private final JdbcTemplate jdbc;

    SourceRows(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(BATCH);
    }

    void forEachBatch(Consumer<List<SourceRow>> batches) {
        List<SourceRow> batch = new ArrayList<>(BATCH);
        jdbc.query("SELECT * FROM research_source ORDER BY pathway_id", rs -> {
            batch.add(row(rs));
            if (batch.size() == BATCH) {
                batches.accept(List.copyOf(batch));
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            batches.accept(List.copyOf(batch));
        }
    }

    private static SourceRow row(ResultSet rs) throws SQLException {
        Map<String, LocalDate> milestones = new HashMap<>();
        for (Map.Entry<String, String> m : MILESTONES.entrySet()) {
            LocalDate met = date(rs, m.getValue());
            if (met != null) {
                milestones.put(m.getKey(), met);
            }
        }
        Map<String, Integer> scores = new HashMap<>();
        for (Map.Entry<String, String> i : INSTRUMENTS.entrySet()) {
            for (String when : List.of("baseline", "follow_up")) {
                int total = rs.getInt(i.getValue() + "_" + when);
                if (!rs.wasNull()) {
                    scores.put(i.getKey() + ":" + when, total);
                }
            }
        }
        return new SourceRow(rs.getObject("pathway_id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getString("national_id"), rs.getString("clinic_org_number"), rs.getString("complaint_group"),
                date(rs, "received_on"), date(rs, "opened_on"), date(rs, "closed_on"), rs.getString("state"),
                rs.getString("outcome"), rs.getBoolean("registered_in_error"), milestones, scores,
                rs.getString("trial_code"), rs.getString("trial_arm"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
