package no.samspill.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samspill.access.Party;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Persistence of plan versions and acknowledgements (tables plan_version, plan_acknowledgement). */
@Repository
class PlanVersions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    PlanVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the next version; the unique (pathway, number) refuses a second publish of the same number. */
    void insert(PlanVersion v) {
        jdbc.sql("""
                INSERT INTO plan_version (id, pathway_id, person_id, number, goal, adjustments, steps, nav_measures,
                  review_dates, published_by, published_at)
                VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, CAST(? AS jsonb), ?, ?)""")
                .params(v.id(), v.pathwayId(), v.personId(), v.number(), v.goal(), JSON.writeValueAsString(v.adjustments()),
                        JSON.writeValueAsString(v.steps()), v.navMeasures(), JSON.writeValueAsString(v.reviewDates()),
                        v.publishedBy(), Timestamp.from(v.publishedAt()))
                .update();
    }

    int latestNumber(UUID pathwayId) {
        return jdbc.sql("SELECT COALESCE(MAX(number), 0) FROM plan_version WHERE pathway_id = ?").param(pathwayId)
                .query(Integer.class).single();
    }

    /** Returns false if this party had already acknowledged the version. */
    boolean acknowledge(UUID versionId, Party party, String username, Instant at) {
        return jdbc.sql("""
                INSERT INTO plan_acknowledgement (plan_version_id, party, username, acknowledged_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(versionId, party.name(), username, Timestamp.from(at)).update() == 1;
    }

    Optional<PlanVersion> byId(UUID id) {
        return jdbc.sql("SELECT * FROM plan_version WHERE id = ?").param(id).query(this::version).optional();
    }

    Optional<PlanVersion> latestOf(UUID pathwayId) {
        return jdbc.sql("SELECT * FROM plan_version WHERE pathway_id = ? ORDER BY number DESC LIMIT 1").param(pathwayId)
                .query(this::version).optional();
    }

    List<PlanVersion> ofPathway(UUID pathwayId) {
        return jdbc.sql("SELECT * FROM plan_version WHERE pathway_id = ? ORDER BY number DESC").param(pathwayId)
                .query(this::version).list();
    }

    private PlanVersion version(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<PlanVersion.Acknowledgement> acks = jdbc.sql(
                        "SELECT * FROM plan_acknowledgement WHERE plan_version_id = ? ORDER BY acknowledged_at")
                .param(id).query((a, n) -> new PlanVersion.Acknowledgement(Party.valueOf(a.getString("party")),
                        a.getString("username"), a.getTimestamp("acknowledged_at").toInstant())).list();
        return new PlanVersion(id, rs.getObject("pathway_id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getInt("number"), rs.getString("goal"),
                JSON.readValue(rs.getString("adjustments"), new TypeReference<List<PlanDraft.Adjustment>>() { }),
                JSON.readValue(rs.getString("steps"), new TypeReference<List<PlanDraft.GradedStep>>() { }),
                rs.getString("nav_measures"),
                JSON.readValue(rs.getString("review_dates"), new TypeReference<List<LocalDate>>() { }),
                rs.getString("published_by"), rs.getTimestamp("published_at").toInstant(), acks);
    }
}
