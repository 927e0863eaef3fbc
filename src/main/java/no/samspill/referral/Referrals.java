package no.samspill.referral;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samspill.identifiers.HprNumber;
import no.samspill.person.PersonId;
import no.samspill.shared.ConcurrentChangeException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of referrals and their triage decisions (tables referral, triage_decision). */
@Repository
class Referrals {

    private final JdbcClient jdbc;

    Referrals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Referral r) {
        jdbc.sql("""
                INSERT INTO referral (id, person_id, employment_id, clinic_org_number, referrer_kind, referrer_name,
                  referrer_hpr, referrer_organisation, received_on, sick_leave_status, sick_leave_grade, sick_leave_since,
                  complaint_group, diagnosis_system, diagnosis_code, tried_so_far, work_goal, assessment_deadline,
                  status, registered_by, registered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.personId().value(), r.employmentId(), r.clinicOrgNumber(), r.referrer().kind().name(),
                        r.referrer().name(), r.referrer().hpr() == null ? null : r.referrer().hpr().value(),
                        r.referrer().organisation(), Date.valueOf(r.receivedOn()), r.sickLeave().status().name(),
                        r.sickLeave().grade(), date(r.sickLeave().since()), r.complaintGroup().name(),
                        r.diagnosis().system().name(), r.diagnosis().code(), r.triedSoFar(), r.workGoal(),
                        Date.valueOf(r.assessmentDeadline()), r.status().name(), r.registeredBy(),
                        Timestamp.from(r.registeredAt()))
                .update();
    }

    /** Saves a triage decision, refusing when someone else saved the referral since it was read. */
    void saveDecision(Referral r) {
        int rows = jdbc.sql("""
                UPDATE referral SET status = ?, latest_start_date = ?, decision_text = ?, decided_on = ?, decided_by = ?,
                  version = version + 1
                WHERE id = ? AND version = ?""")
                .params(r.status().name(), date(r.latestStartDate()), r.decisionText(), date(r.decidedOn()),
                        r.decidedBy(), r.id(), r.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentChangeException("Henvisningen");
        }
    }

    /** Marks a referral as registered in error; it stays in the database, void, with the reason. */
    void saveVoid(Referral r, String actor, Instant at) {
        int rows = jdbc.sql("""
                UPDATE referral SET void_reason = ?, voided_by = ?, voided_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(r.voidReason(), actor, Timestamp.from(at), r.id(), r.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentChangeException("Henvisningen");
        }
    }

    void insertDecision(UUID referralId, TriageDecision decision, LocalDate decidedOn, String actor, Instant at) {
        jdbc.sql("""
                INSERT INTO triage_decision (id, referral_id, outcome, latest_start_date, decision_text, decided_on,
                  decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), referralId, decision.outcome().name(), date(decision.latestStartDate()),
                        decision.text(), Date.valueOf(decidedOn), actor, Timestamp.from(at))
                .update();
    }

    Optional<Referral> byId(UUID id) {
        return jdbc.sql("SELECT * FROM referral WHERE id = ?").param(id).query(Referrals::referral).optional();
    }

    List<Referral> byPerson(PersonId personId) {
        return jdbc.sql("SELECT * FROM referral WHERE person_id = ? ORDER BY received_on DESC").param(personId.value())
                .query(Referrals::referral).list();
    }

    List<Referral> awaitingDecision(String clinic, int limit, int offset) {
        return jdbc.sql("""
                SELECT * FROM referral
                WHERE clinic_org_number = ? AND status IN ('RECEIVED', 'MORE_INFORMATION_NEEDED') AND voided_at IS NULL
                ORDER BY assessment_deadline, received_on, id LIMIT ? OFFSET ?""")
                .params(clinic, limit, offset).query(Referrals::referral).list();
    }

    List<Referral> recentlyDecided(String clinic, int limit) {
        return jdbc.sql("""
                SELECT * FROM referral
                WHERE clinic_org_number = ? AND status IN ('RIGHT_TO_CARE', 'NO_RIGHT') AND voided_at IS NULL
                ORDER BY decided_on DESC, id LIMIT ?""")
                .params(clinic, limit).query(Referrals::referral).list();
    }

    List<TriageDecisionRecord> decisions(UUID referralId) {
        return jdbc.sql("""
                SELECT outcome, latest_start_date, decision_text, decided_on, decided_by FROM triage_decision
                WHERE referral_id = ? ORDER BY decided_at""")
                .param(referralId)
                .query((rs, n) -> new TriageDecisionRecord(TriageOutcome.valueOf(rs.getString(1)),
                        localDate(rs.getDate(2)), rs.getString(3), rs.getDate(4).toLocalDate(), rs.getString(5)))
                .list();
    }

    private static Referral referral(ResultSet rs, int row) throws SQLException {
        String hpr = rs.getString("referrer_hpr");
        Integer grade = (Integer) rs.getObject("sick_leave_grade");
        return new Referral(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
                rs.getObject("employment_id", UUID.class), rs.getString("clinic_org_number"),
                new Referrer(ReferrerKind.valueOf(rs.getString("referrer_kind")), rs.getString("referrer_name"),
                        hpr == null ? null : new HprNumber(hpr), rs.getString("referrer_organisation")),
                rs.getDate("received_on").toLocalDate(),
                new ReferredSickLeave(SickLeaveStatus.valueOf(rs.getString("sick_leave_status")), grade,
                        localDate(rs.getDate("sick_leave_since"))),
                ComplaintGroup.valueOf(rs.getString("complaint_group")),
                new DiagnosisCode(DiagnosisCode.System.valueOf(rs.getString("diagnosis_system")),
                        rs.getString("diagnosis_code")),
                rs.getString("tried_so_far"), rs.getString("work_goal"), rs.getDate("assessment_deadline").toLocalDate(),
                ReferralStatus.valueOf(rs.getString("status")), localDate(rs.getDate("latest_start_date")),
                rs.getString("decision_text"), localDate(rs.getDate("decided_on")), rs.getString("decided_by"),
                rs.getString("registered_by"), rs.getTimestamp("registered_at").toInstant(), rs.getString("void_reason"),
                rs.getInt("version"));
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
