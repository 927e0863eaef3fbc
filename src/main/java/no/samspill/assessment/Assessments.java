package no.samspill.assessment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samspill.shared.ConcurrentChangeException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of assessments (table assessment, one per pathway). */
@Repository
class Assessments {

    private final JdbcClient jdbc;

    Assessments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the first assessment or updates it if nobody saved since {@code a.version()}; else refuses. */
    void save(Assessment a, boolean exists, String actor, Instant at) {
        Assessment.WorkAssessment w = a.work();
        String steps = w.nextSteps().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        Object[] values = {a.health(), w.workAbility(), w.restrictions(), w.workDemands(), w.motivation(),
                w.barrierConflict(), w.barrierAdjustments(), w.barrierLeadership(), w.barrierNote(), w.hasJob(),
                w.ableToWork().name(), w.workBenefitsHealth().name(), w.conclusion(), steps, a.gpSummary(),
                Date.valueOf(a.assessedOn()), actor, Timestamp.from(at)};
        if (!exists) {
            Object[] all = new Object[values.length + 2];
            all[0] = a.pathwayId();
            all[1] = a.personId();
            System.arraycopy(values, 0, all, 2, values.length);
            int inserted = jdbc.sql("""
                    INSERT INTO assessment (pathway_id, person_id, health, work_ability, restrictions, work_demands,
                      motivation, barrier_conflict, barrier_adjustments, barrier_leadership, barrier_note, has_job,
                      able_to_work, work_benefits_health, conclusion, next_steps, gp_summary, assessed_on, updated_by,
                      updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (pathway_id) DO NOTHING""").params(all).update();
            if (inserted == 0) {
                throw new ConcurrentChangeException("Kartleggingen");
            }
            return;
        }
        Object[] all = Arrays.copyOf(values, values.length + 2);
        all[values.length] = a.pathwayId();
        all[values.length + 1] = a.version();
        int rows = jdbc.sql("""
                UPDATE assessment SET health = ?, work_ability = ?, restrictions = ?, work_demands = ?, motivation = ?,
                  barrier_conflict = ?, barrier_adjustments = ?, barrier_leadership = ?, barrier_note = ?, has_job = ?,
                  able_to_work = ?, work_benefits_health = ?, conclusion = ?, next_steps = ?, gp_summary = ?,
                  assessed_on = ?, updated_by = ?, updated_at = ?, version = version + 1
                WHERE pathway_id = ? AND version = ?""").params(all).update();
        if (rows == 0) {
            throw new ConcurrentChangeException("Kartleggingen");
        }
    }

    Optional<Assessment> byPathway(UUID pathwayId) {
        return jdbc.sql("SELECT * FROM assessment WHERE pathway_id = ?").param(pathwayId).query(Assessments::assessment)
                .optional();
    }

    private static Assessment assessment(ResultSet rs, int row) throws SQLException {
        String steps = rs.getString("next_steps");
        UUID personId = rs.getObject("person_id", UUID.class);
        var work = new Assessment.WorkAssessment(personId, rs.getString("work_ability"), rs.getString("restrictions"),
                rs.getString("work_demands"), rs.getString("motivation"), rs.getBoolean("barrier_conflict"),
                rs.getBoolean("barrier_adjustments"), rs.getBoolean("barrier_leadership"), rs.getString("barrier_note"),
                rs.getBoolean("has_job"), Assessment.AbleToWork.valueOf(rs.getString("able_to_work")),
                Assessment.WorkBenefit.valueOf(rs.getString("work_benefits_health")), rs.getString("conclusion"),
                steps.isBlank() ? java.util.Set.of() : Arrays.stream(steps.split(",")).map(Assessment.NextStep::valueOf)
                        .collect(Collectors.toSet()));
        return new Assessment(rs.getObject("pathway_id", UUID.class), personId, rs.getString("health"), work,
                rs.getString("gp_summary"), rs.getDate("assessed_on").toLocalDate(), rs.getInt("version"));
    }
}
