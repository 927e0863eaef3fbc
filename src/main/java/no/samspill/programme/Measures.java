package no.samspill.programme;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samspill.shared.ConcurrentChangeException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of workplace measures (table programme_measure). */
@Repository
class Measures {

    private final JdbcClient jdbc;

    Measures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Measure m, String actor, Instant at) {
        jdbc.sql("""
                INSERT INTO programme_measure (id, run_id, what, owner_role, due_on, status, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(m.id(), m.runId(), m.what(), m.ownerRole().name(), Date.valueOf(m.dueOn()), m.status().name(),
                        actor, Timestamp.from(at))
                .update();
    }

    void update(Measure m) {
        int rows = jdbc.sql("UPDATE programme_measure SET status = ?, due_on = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(m.status().name(), Date.valueOf(m.dueOn()), m.id(), m.version()).update();
        if (rows == 0) {
            throw new ConcurrentChangeException("Tiltaket");
        }
    }

    Optional<Measure> byId(UUID id) {
        return jdbc.sql("SELECT * FROM programme_measure WHERE id = ?").param(id).query(Measures::measure).optional();
    }

    List<Measure> ofRun(UUID runId) {
        return jdbc.sql("SELECT * FROM programme_measure WHERE run_id = ? ORDER BY due_on, what").param(runId)
                .query(Measures::measure).list();
    }

    private static Measure measure(ResultSet rs, int row) throws SQLException {
        return new Measure(rs.getObject("id", UUID.class), rs.getObject("run_id", UUID.class), rs.getString("what"),
                OwnerRole.valueOf(rs.getString("owner_role")), rs.getDate("due_on").toLocalDate(),
                MeasureStatus.valueOf(rs.getString("status")), rs.getInt("version"));
    }
}
