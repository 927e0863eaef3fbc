package no.samspill.pathway;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The worklist table: one row per open item with its owner, kept current by this module. Read with the index
 * (owner, due_date, pathway_id), so a page costs one index range scan however many pathways there are.
 */
@Repository
class WorklistItems {

    private final JdbcClient jdbc;

    WorklistItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void upsert(UUID pathwayId, WorklistKind kind, String ref, String owner, String title, LocalDate due) {
        upsert(pathwayId, kind, ref, owner, title, due, null);
    }

    /** @param relevantUntil the last day the row is shown (null: until it is removed) */
    void upsert(UUID pathwayId, WorklistKind kind, String ref, String owner, String title, LocalDate due,
                LocalDate relevantUntil) {
        jdbc.sql("""
                INSERT INTO worklist_item (pathway_id, kind, ref, owner, title, due_date, relevant_until)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (pathway_id, kind, ref)
                DO UPDATE SET owner = EXCLUDED.owner, title = EXCLUDED.title, due_date = EXCLUDED.due_date,
                              relevant_until = EXCLUDED.relevant_until""")
                .params(pathwayId, kind.name(), ref, owner, title, Date.valueOf(due),
                        relevantUntil == null ? null : Date.valueOf(relevantUntil)).update();
    }

    void reassign(UUID pathwayId, WorklistKind kind, String owner) {
        jdbc.sql("UPDATE worklist_item SET owner = ? WHERE pathway_id = ? AND kind = ? AND owner <> ?")
                .params(owner, pathwayId, kind.name(), owner).update();
    }

    void remove(UUID pathwayId, WorklistKind kind, String ref) {
        jdbc.sql("DELETE FROM worklist_item WHERE pathway_id = ? AND kind = ? AND ref = ?")
                .params(pathwayId, kind.name(), ref).update();
    }

    /** Removes the questionnaire rows of these (pathway, round) pairs in one statement. */
    void removeQuestionnaireRounds(List<UUID> pathwayIds, List<String> roundIds) {
        // Ids are UUIDs (no commas), passed as two comma-separated lists and paired up by unnest.
        jdbc.sql("""
                DELETE FROM worklist_item WHERE kind = 'QUESTIONNAIRE' AND (pathway_id, ref) IN
                  (SELECT * FROM unnest(string_to_array(?, ',')::uuid[], string_to_array(?, ',')))""")
                .params(String.join(",", pathwayIds.stream().map(UUID::toString).toList()), String.join(",", roundIds))
                .update();
    }

    void removeAll(UUID pathwayId, WorklistKind kind) {
        jdbc.sql("DELETE FROM worklist_item WHERE pathway_id = ? AND kind = ?").params(pathwayId, kind.name()).update();
    }

    void removeAll(UUID pathwayId) {
        jdbc.sql("DELETE FROM worklist_item WHERE pathway_id = ?").param(pathwayId).update();
    }

    /**
     * Rows of one owner due on or before {@code dueOnOrBefore} (null: no bound) and still relevant on {@code today},
     * oldest first, one extra to detect a next page. The order is total (a pathway can have two items due the same day,
     * so kind and ref break the tie): a row is never shown on two pages or skipped between them. The index gives
     * (due_date, pathway_id); the rest is an incremental sort of the few rows that tie.
     */
    List<Row> page(String owner, LocalDate dueOnOrBefore, WorklistKind kind, boolean latestFirst, LocalDate today,
                   int limit, long offset) {
        String order = latestFirst ? "w.due_date DESC, w.pathway_id DESC, w.kind DESC, w.ref DESC"
                : "w.due_date, w.pathway_id, w.kind, w.ref";
        return jdbc.sql("""
                SELECT w.pathway_id, w.kind, w.ref, w.title, w.due_date, p.person_id, p.clinic_org_number
                FROM worklist_item w JOIN pathway p ON p.id = w.pathway_id
                WHERE w.owner = ? AND w.due_date <= ? AND (CAST(? AS text) IS NULL OR w.kind = ?)
                  AND (w.relevant_until IS NULL OR w.relevant_until >= ?)
                ORDER BY %s LIMIT ? OFFSET ?""".formatted(order))
                .params(owner, Date.valueOf(dueOnOrBefore == null ? LocalDate.of(9999, 12, 31) : dueOnOrBefore),
                        kind == null ? null : kind.name(), kind == null ? null : kind.name(), Date.valueOf(today),
                        limit, offset)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), WorklistKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getDate(5).toLocalDate(), rs.getObject(6, UUID.class),
                        rs.getString(7)))
                .list();
    }

    record Row(UUID pathwayId, WorklistKind kind, String ref, String title, LocalDate dueDate, UUID personId,
               String clinic) {
    }
}
