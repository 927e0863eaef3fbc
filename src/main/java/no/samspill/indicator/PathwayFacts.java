package no.samspill.indicator;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import no.samspill.pathway.WorkStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of the per-pathway facts (table indicator_pathway_fact). */
@Repository
class PathwayFacts {

    private final JdbcClient jdbc;

    PathwayFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored fact, locked until the end of the transaction so that two refreshes of one pathway queue up. */
    Optional<PathwayFact> lockById(UUID pathwayId) {
        return jdbc.sql("SELECT * FROM indicator_pathway_fact WHERE pathway_id = ? FOR UPDATE").param(pathwayId)
                .query(PathwayFacts::fact).optional();
    }

    void save(PathwayFact f, Instant at) {
        jdbc.sql("""
                INSERT INTO indicator_pathway_fact (pathway_id, month, clinic, complaint_group, age_band, sex, arm,
                  excluded, received_on, decision_deadline, decided_on, right_to_care, closed_without_outcome,
                  first_appointment, case_start, sick_days, fup_due, fup_met, dm1_due, dm1_met, dm2_due, dm2_met,
                  assessed_on, work_status_3, work_status_6, work_status_12, psych_assessable, psych_case_at_start,
                  psych_improved, psych_recovered, psych_reliably_recovered, wsas_change, was_change, has_baseline,
                  has_follow_up, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                  ?, ?, ?, ?)
                ON CONFLICT (pathway_id) DO UPDATE SET month = excluded.month, clinic = excluded.clinic,
                  complaint_group = excluded.complaint_group, age_band = excluded.age_band, sex = excluded.sex,
                  arm = excluded.arm, excluded = excluded.excluded, received_on = excluded.received_on,
                  decision_deadline = excluded.decision_deadline, decided_on = excluded.decided_on,
                  right_to_care = excluded.right_to_care, closed_without_outcome = excluded.closed_without_outcome,
                  first_appointment = excluded.first_appointment, case_start = excluded.case_start,
                  sick_days = excluded.sick_days, fup_due = excluded.fup_due, fup_met = excluded.fup_met,
                  dm1_due = excluded.dm1_due, dm1_met = excluded.dm1_met, dm2_due = excluded.dm2_due,
                  dm2_met = excluded.dm2_met, assessed_on = excluded.assessed_on,
                  work_status_3 = excluded.work_status_3, work_status_6 = excluded.work_status_6,
                  work_status_12 = excluded.work_status_12, psych_assessable = excluded.psych_assessable,
                  psych_case_at_start = excluded.psych_case_at_start, psych_improved = excluded.psych_improved,
                  psych_recovered = excluded.psych_recovered,
                  psych_reliably_recovered = excluded.psych_reliably_recovered, wsas_change = excluded.wsas_change,
                  was_change = excluded.was_change, has_baseline = excluded.has_baseline,
                  has_follow_up = excluded.has_follow_up, updated_at = excluded.updated_at""")
                .params(f.pathwayId(), date(f.month()), f.clinic(), f.complaintGroup(), f.ageBand().name(), f.sex(),
                        f.arm(), f.excluded(), date(f.receivedOn()), date(f.decisionDeadline()), date(f.decidedOn()),
                        f.rightToCare(), f.closedWithoutOutcome(), date(f.firstAppointment()), date(f.caseStart()),
                        f.sickDays(), date(f.followUpPlanDue()), date(f.followUpPlanMet()),
                        date(f.dialogueMeeting1Due()), date(f.dialogueMeeting1Met()), date(f.dialogueMeeting2Due()),
                        date(f.dialogueMeeting2Met()), date(f.assessedOn()), name(f.workStatus3()),
                        name(f.workStatus6()), name(f.workStatus12()), f.psychAssessable(), f.psychCaseAtStart(),
                        f.psychImproved(), f.psychRecovered(), f.psychReliablyRecovered(), f.wsasChange(),
                        f.wasChange(), f.hasBaseline(), f.hasFollowUp(), Timestamp.from(at))
                .update();
    }

    private static PathwayFact fact(ResultSet rs, int n) throws SQLException {
        return new PathwayFact(rs.getObject("pathway_id", UUID.class), local(rs, "month"), rs.getString("clinic"),
                rs.getString("complaint_group"), AgeBand.valueOf(rs.getString("age_band")), rs.getString("sex"),
                rs.getString("arm"), rs.getBoolean("excluded"), local(rs, "received_on"),
                local(rs, "decision_deadline"), local(rs, "decided_on"), rs.getBoolean("right_to_care"),
                rs.getBoolean("closed_without_outcome"), local(rs, "first_appointment"), local(rs, "case_start"),
                (Integer) rs.getObject("sick_days"), local(rs, "fup_due"), local(rs, "fup_met"), local(rs, "dm1_due"),
                local(rs, "dm1_met"), local(rs, "dm2_due"), local(rs, "dm2_met"), local(rs, "assessed_on"),
                status(rs, "work_status_3"), status(rs, "work_status_6"), status(rs, "work_status_12"),
                rs.getBoolean("psych_assessable"), rs.getBoolean("psych_case_at_start"),
                rs.getBoolean("psych_improved"), rs.getBoolean("psych_recovered"),
                rs.getBoolean("psych_reliably_recovered"), (Integer) rs.getObject("wsas_change"),
                (Integer) rs.getObject("was_change"), rs.getBoolean("has_baseline"), rs.getBoolean("has_follow_up"));
    }

    private static LocalDate local(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static WorkStatus status(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : WorkStatus.valueOf(s);
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
