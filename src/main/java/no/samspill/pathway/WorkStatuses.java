package no.samspill.pathway;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.samspill.shared.ConcurrentChangeException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of work status at follow-up (table pathway_work_status). */
@Repository
class WorkStatuses {

    private final JdbcClient jdbc;

    WorkStatuses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<WorkStatusRecord> ofPathway(UUID pathwayId) {
        return jdbc.sql("SELECT * FROM pathway_work_status WHERE pathway_id = ? ORDER BY months").param(pathwayId)
                .query((rs, n) -> new WorkStatusRecord(rs.getObject("pathway_id", UUID.class), rs.getInt("months"),
                        WorkStatus.valueOf(rs.getString("status")), rs.getDate("recorded_on").toLocalDate(),
                        rs.getInt("version")))
                .list();
    }

    /** Inserts (expected version null) or updates at the expected version; a stale version is a concurrent change. */
    void save(UUID pathwayId, int months, WorkStatus status, java.time.LocalDate on, Integer expectedVersion,
              String actor, Instant at) {
        if (expectedVersion == null) {
            int rows = jdbc.sql("""
                    INSERT INTO pathway_work_status (pathway_id, months, status, recorded_on, recorded_by, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                    .params(pathwayId, months, status.name(), Date.valueOf(on), actor, Timestamp.from(at)).update();
            if (rows == 0) {
                throw new ConcurrentChangeException("Arbeidsstatusen");
            }
            return;
        }
        int rows = jdbc.sql("""
                UPDATE pathway_work_status SET status = ?, recorded_on = ?, recorded_by = ?, recorded_at = ?,
                  version = version + 1
                WHERE pathway_id = ? AND months = ? AND version = ?""")
                .params(status.name(), Date.valueOf(on), actor, Timestamp.from(at), pathwayId, months, expectedVersion)
                .update();
        if (rows == 0) {
            throw new ConcurrentChangeException("Arbeidsstatusen");
        }
    }
}
