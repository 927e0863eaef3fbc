package no.samspill.programme;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samspill.shared.ConcurrentChangeException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of runs and their steps (tables programme_run, programme_step). */
@Repository
class Runs {

    private final JdbcClient jdbc;

    Runs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Run run, List<Step> steps, String actor, Instant at) {
        jdbc.sql("INSERT INTO programme_run (id, workplace_id, template, review_on, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(run.id(), run.workplaceId(), run.templateKey(), date(run.reviewOn()), actor, Timestamp.from(at))
                .update();
        for (Step s : steps) {
            jdbc.sql("""
                    INSERT INTO programme_step (id, run_id, position, kind, topic, title, planned_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(s.id(), s.runId(), s.position(), s.kind().name(), s.topic().name(), s.title(),
                            Date.valueOf(s.plannedOn()))
                    .update();
        }
    }

    void updateStep(Step s) {
        int rows = jdbc.sql("""
                UPDATE programme_step SET planned_on = ?, delivered_on = ?, attendance = ?, notes = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(Date.valueOf(s.plannedOn()), date(s.deliveredOn()), s.attendance(), s.notes(), s.id(), s.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentChangeException("Trinnet");
        }
    }

    void updateReview(UUID runId, LocalDate reviewOn, int version) {
        int rows = jdbc.sql("UPDATE programme_run SET review_on = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(date(reviewOn), runId, version).update();
        if (rows == 0) {
            throw new ConcurrentChangeException("Programløpet");
        }
    }

    void updateReviewed(UUID runId, LocalDate reviewedOn, String outcome, int version) {
        int rows = jdbc.sql("""
                UPDATE programme_run SET reviewed_on = ?, review_outcome = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(date(reviewedOn), outcome, runId, version).update();
        if (rows == 0) {
            throw new ConcurrentChangeException("Programløpet");
        }
    }

    /** Runs whose measures are due for follow-up by {@code until} and not yet followed up, earliest first. */
    List<Run> reviewsDueBy(LocalDate until) {
        return jdbc.sql("""
                SELECT * FROM programme_run WHERE review_on <= ? AND reviewed_on IS NULL ORDER BY review_on""")
                .param(Date.valueOf(until)).query(Runs::run).list();
    }

    /** Moves every planned date of a run (and its review and measure dates) by {@code days}; records the new start. */
    void postpone(UUID runId, LocalDate start, int days, int version) {
        int rows = jdbc.sql("""
                UPDATE programme_run SET postponed_to = ?, review_on = review_on + ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(Date.valueOf(start), days, runId, version).update();
        if (rows == 0) {
            throw new ConcurrentChangeException("Programløpet");
        }
        jdbc.sql("UPDATE programme_step SET planned_on = planned_on + ?, version = version + 1 WHERE run_id = ?")
                .params(days, runId).update();
        jdbc.sql("UPDATE programme_measure SET due_on = due_on + ?, version = version + 1 WHERE run_id = ?")
                .params(days, runId).update();
    }

    /** Whether a step of any run in the cohort has been delivered. */
    boolean anyDeliveredInCohort(UUID cohortId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM programme_step s JOIN programme_run r ON r.id = s.run_id
                  JOIN programme_workplace w ON w.id = r.workplace_id
                  WHERE w.cohort_id = ? AND s.delivered_on IS NOT NULL)""")
                .param(cohortId).query(Boolean.class).single();
    }

    Optional<Run> byId(UUID id) {
        return jdbc.sql("SELECT * FROM programme_run WHERE id = ?").param(id).query(Runs::run).optional();
    }

    Optional<Run> ofWorkplace(UUID workplaceId) {
        return jdbc.sql("SELECT * FROM programme_run WHERE workplace_id = ?").param(workplaceId).query(Runs::run).optional();
    }

    /** The runs of the given workplaces, by workplace (a workplace has at most one run). */
    Map<UUID, Run> ofWorkplaces(Collection<UUID> workplaceIds) {
        Map<UUID, Run> result = new LinkedHashMap<>();
        if (!workplaceIds.isEmpty()) {
            jdbc.sql("SELECT * FROM programme_run WHERE workplace_id = ANY(?)")
                    .param(workplaceIds.stream().distinct().toArray(UUID[]::new)).query(Runs::run).list()
                    .forEach(r -> result.put(r.workplaceId(), r));
        }
        return result;
    }

    /** The steps of the given runs in order, by run; a run without steps is absent. */
    Map<UUID, List<Step>> stepsOf(Collection<UUID> runIds) {
        Map<UUID, List<Step>> result = new LinkedHashMap<>();
        if (!runIds.isEmpty()) {
            jdbc.sql("SELECT * FROM programme_step WHERE run_id = ANY(?) ORDER BY run_id, position")
                    .param(runIds.stream().distinct().toArray(UUID[]::new)).query(Runs::step).list()
                    .forEach(s -> result.computeIfAbsent(s.runId(), k -> new ArrayList<>()).add(s));
        }
        return result;
    }

    /** The last planned date of a step of any run of the cohort's workplaces in the given arm, if any. */
    Optional<LocalDate> lastPlannedInArm(UUID cohortId, Arm arm) {
        return Optional.ofNullable(jdbc.sql("""
                SELECT max(s.planned_on) FROM programme_step s JOIN programme_run r ON r.id = s.run_id
                  JOIN programme_workplace w ON w.id = r.workplace_id
                WHERE w.cohort_id = ? AND w.arm = ?""")
                .params(cohortId, arm.name()).query((rs, row) -> localDate(rs.getDate(1))).single());
    }

    List<Step> steps(UUID runId) {
        return jdbc.sql("SELECT * FROM programme_step WHERE run_id = ? ORDER BY position").param(runId)
                .query(Runs::step).list();
    }

    Optional<Step> step(UUID stepId) {
        return jdbc.sql("SELECT * FROM programme_step WHERE id = ?").param(stepId).query(Runs::step).optional();
    }

    private static Run run(ResultSet rs, int row) throws SQLException {
        return new Run(rs.getObject("id", UUID.class), rs.getObject("workplace_id", UUID.class),
                rs.getString("template"), localDate(rs.getDate("review_on")), localDate(rs.getDate("reviewed_on")),
                rs.getString("review_outcome"), localDate(rs.getDate("postponed_to")), rs.getInt("version"));
    }

    private static Step step(ResultSet rs, int row) throws SQLException {
        int attendance = rs.getInt("attendance");
        return new Step(rs.getObject("id", UUID.class), rs.getObject("run_id", UUID.class), rs.getInt("position"),
                StepKind.valueOf(rs.getString("kind")), Topic.valueOf(rs.getString("topic")), rs.getString("title"),
                rs.getDate("planned_on").toLocalDate(), localDate(rs.getDate("delivered_on")),
                rs.wasNull() ? null : attendance, rs.getString("notes"), rs.getInt("version"));
    }

    static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    static LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
