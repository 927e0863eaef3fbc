package no.samspill.sickleave;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samspill.person.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of sick-leave periods and met milestones (tables sick_leave_period, milestone_met). */
@Repository
class SickLeaveRecords {

    private final JdbcClient jdbc;

    SickLeaveRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PersonId personId, RegisteredSickLeavePeriod p, Instant at) {
        jdbc.sql("""
                INSERT INTO sick_leave_period (id, person_id, from_date, to_date, grade, registered_by, registered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(p.id(), personId.value(), Date.valueOf(p.period().from()), Date.valueOf(p.period().to()),
                        p.period().gradePercent(), p.registeredBy(), Timestamp.from(at))
                .update();
    }

    List<RegisteredSickLeavePeriod> periodsOf(PersonId personId) {
        return jdbc.sql("""
                SELECT id, from_date, to_date, grade, registered_by, void_reason FROM sick_leave_period
                WHERE person_id = ? ORDER BY from_date, registered_at""")
                .param(personId.value())
                .query((rs, n) -> new RegisteredSickLeavePeriod(rs.getObject(1, UUID.class),
                        new SickLeavePeriod(rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(), rs.getInt(4)),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    Optional<PersonId> ownerOf(UUID periodId) {
        return jdbc.sql("SELECT person_id FROM sick_leave_period WHERE id = ?").param(periodId)
                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).optional();
    }

    /** @return false when the period was already void */
    boolean voidPeriod(UUID periodId, String reason, String actor, Instant at) {
        return jdbc.sql("""
                UPDATE sick_leave_period SET void_reason = ?, voided_by = ?, voided_at = ?
                WHERE id = ? AND voided_at IS NULL""")
                .params(reason, actor, Timestamp.from(at), periodId).update() == 1;
    }

    void recordMet(PersonId personId, LocalDate caseStart, MilestoneKind kind, LocalDate metOn, String actor, Instant at) {
        jdbc.sql("""
                INSERT INTO milestone_met (person_id, case_start, kind, met_on, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (person_id, case_start, kind)
                DO UPDATE SET met_on = EXCLUDED.met_on, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at""")
                .params(personId.value(), Date.valueOf(caseStart), kind.name(), Date.valueOf(metOn), actor,
                        Timestamp.from(at))
                .update();
    }

    Map<MilestoneKind, LocalDate> metFor(PersonId personId, LocalDate caseStart) {
        return jdbc.sql("SELECT kind, met_on FROM milestone_met WHERE person_id = ? AND case_start = ?")
                .params(personId.value(), Date.valueOf(caseStart))
                .query((rs, n) -> Map.entry(MilestoneKind.valueOf(rs.getString(1)), rs.getDate(2).toLocalDate()))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
