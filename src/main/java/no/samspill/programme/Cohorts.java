package no.samspill.programme;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of cohorts and their randomisation (tables programme_cohort, programme_allocation). */
@Repository
class Cohorts {

    private final JdbcClient jdbc;

    Cohorts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Cohort c, String actor, Instant at) {
        jdbc.sql("INSERT INTO programme_cohort (id, name, region, starts_on, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(c.id(), c.name(), c.region(), Date.valueOf(c.startsOn()), actor, Timestamp.from(at)).update();
    }

    Optional<Cohort> byId(UUID id) {
        return jdbc.sql("SELECT * FROM programme_cohort WHERE id = ?").param(id).query(Cohorts::cohort).optional();
    }

    List<Cohort> all() {
        return jdbc.sql("SELECT * FROM programme_cohort ORDER BY starts_on DESC, name").query(Cohorts::cohort).list();
    }

    /** Inserts the allocation; false if the cohort was already randomised (the primary key refuses a second). */
    boolean insertAllocation(Allocation a) {
        return jdbc.sql("""
                INSERT INTO programme_allocation (cohort_id, seed, method, allocated_by, allocated_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (cohort_id) DO NOTHING""")
                .params(a.cohortId(), a.seed(), a.method(), a.allocatedBy(), Timestamp.from(a.allocatedAt()))
                .update() == 1;
    }

    Optional<Allocation> allocation(UUID cohortId) {
        return jdbc.sql("SELECT * FROM programme_allocation WHERE cohort_id = ?").param(cohortId)
                .query((rs, row) -> new Allocation(rs.getObject("cohort_id", UUID.class), rs.getLong("seed"),
                        rs.getString("method"), rs.getString("allocated_by"),
                        rs.getTimestamp("allocated_at").toInstant()))
                .optional();
    }

    private static Cohort cohort(ResultSet rs, int row) throws SQLException {
        return new Cohort(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("region"),
                rs.getDate("starts_on").toLocalDate(), rs.getInt("version"));
    }
}
