package no.samspill.pathway;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samspill.shared.ConcurrentChangeException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of pathway tasks (table pathway_task). */
@Repository
class Tasks {

    private final JdbcClient jdbc;

    Tasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PathwayTask t, String actor, Instant at) {
        jdbc.sql("""
                INSERT INTO pathway_task (id, pathway_id, title, owner, due_date, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(t.id(), t.pathwayId(), t.title(), t.owner(), Date.valueOf(t.dueDate()), actor, Timestamp.from(at))
                .update();
    }

    void update(PathwayTask t, String actor, Instant at) {
        int rows = jdbc.sql("""
                UPDATE pathway_task SET done_on = ?, void_reason = ?,
                  voided_by = CASE WHEN CAST(? AS text) IS NULL THEN voided_by ELSE ? END,
                  voided_at = CASE WHEN CAST(? AS text) IS NULL THEN voided_at ELSE ? END,
                  version = version + 1
                WHERE id = ? AND version = ?""")
                .params(t.doneOn() == null ? null : Date.valueOf(t.doneOn()), t.voidReason(), t.voidReason(), actor,
                        t.voidReason(), Timestamp.from(at), t.id(), t.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentChangeException("Oppgaven");
        }
    }

    Optional<PathwayTask> byId(UUID id) {
        return jdbc.sql("SELECT * FROM pathway_task WHERE id = ?").param(id).query(Tasks::task).optional();
    }

    List<PathwayTask> ofPathway(UUID pathwayId) {
        return jdbc.sql("SELECT * FROM pathway_task WHERE pathway_id = ? ORDER BY done_on NULLS FIRST, due_date, id")
                .param(pathwayId).query(Tasks::task).list();
    }

    /** The owner's open tasks on the given pathways (found by the pathway index), due date first; one query. */
    List<PathwayTask> openOf(String owner, Collection<UUID> pathwayIds) {
        if (pathwayIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT * FROM pathway_task
                WHERE pathway_id = ANY(?) AND owner = ? AND done_on IS NULL AND void_reason IS NULL
                ORDER BY due_date, id""")
                .params(pathwayIds.stream().distinct().toArray(UUID[]::new), owner).query(Tasks::task).list();
    }

    private static PathwayTask task(ResultSet rs, int row) throws SQLException {
        return new PathwayTask(rs.getObject("id", UUID.class), rs.getObject("pathway_id", UUID.class),
                rs.getString("title"), rs.getString("owner"), rs.getDate("due_date").toLocalDate(),
                Pathways.localDate(rs.getDate("done_on")), rs.getString("void_reason"), rs.getInt("version"));
    }
}
