package no.samspill.trial;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samspill.shared.ConcurrentChangeException;
import no.samspill.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of trials, their sequences and enrolments (tables trial, trial_arm, trial_clinic, trial_slot, trial_enrolment). */
@Repository
class Trials {

    private final JdbcClient jdbc;

    Trials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the trial; false if the code is taken. */
    boolean insert(Trial t, Instant at) {
        int rows = jdbc.sql("""
                INSERT INTO trial (id, code, title, design, block_sizes, planned_per_clinic, status, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING""")
                .params(t.id(), t.code(), t.title(), t.design().name(),
                        String.join(",", t.blockSizes().stream().map(String::valueOf).toList()), t.plannedPerClinic(),
                        t.status().name(), t.createdBy(), Timestamp.from(at))
                .update();
        if (rows == 0) {
            return false;
        }
        for (int i = 0; i < t.arms().size(); i++) {
            TrialArm arm = t.arms().get(i);
            jdbc.sql("INSERT INTO trial_arm (trial_id, code, label, position) VALUES (?, ?, ?, ?)")
                    .params(t.id(), arm.code(), arm.label(), i).update();
        }
        for (String clinic : t.clinics()) {
            jdbc.sql("INSERT INTO trial_clinic (trial_id, clinic_org_number) VALUES (?, ?)").params(t.id(), clinic).update();
        }
        return true;
    }

    void updateStatus(Trial t) {
        int rows = jdbc.sql("""
                UPDATE trial SET status = ?, opened_at = ?, closed_at = ?, version = version + 1 WHERE id = ? AND version = ?""")
                .params(t.status().name(), t.openedAt() == null ? null : Timestamp.from(t.openedAt()),
                        t.closedAt() == null ? null : Timestamp.from(t.closedAt()), t.id(), t.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentChangeException("Studien");
        }
    }

    Optional<Trial> byCode(String code) {
        return jdbc.sql("SELECT * FROM trial WHERE code = ?").param(code).query(this::trial).optional();
    }

    /** The trial as the user saw it: 404 when unknown, a concurrent change when its version has moved on. */
    Trial atVersion(String code, int version) {
        Trial trial = byCode(code).orElseThrow(() -> new NotFoundException("Studien"));
        if (trial.version() != version) {
            throw new ConcurrentChangeException("Studien");
        }
        return trial;
    }

    Optional<Trial> byId(UUID id) {
        return jdbc.sql("SELECT * FROM trial WHERE id = ?").param(id).query(this::trial).optional();
    }

    List<Trial> all() {
        return jdbc.sql("SELECT * FROM trial ORDER BY created_at DESC, code").query(this::trial).list();
    }

    List<Trial> openForClinic(String clinic) {
        return jdbc.sql("""
                SELECT t.* FROM trial t JOIN trial_clinic c ON c.trial_id = t.id
                WHERE t.status = 'OPEN' AND c.clinic_org_number = ? ORDER BY t.code""")
                .param(clinic).query(this::trial).list();
    }

    void setClusterArm(UUID trialId, String clinic, String arm) {
        jdbc.sql("UPDATE trial_clinic SET arm = ? WHERE trial_id = ? AND clinic_org_number = ?")
                .params(arm, trialId, clinic).update();
    }

    void insertSlots(UUID trialId, String clinic, List<PermutedBlocks.Slot> slots) {
        for (PermutedBlocks.Slot s : slots) {
            jdbc.sql("""
                    INSERT INTO trial_slot (trial_id, clinic_org_number, position, block_no, arm) VALUES (?, ?, ?, ?, ?)""")
                    .params(trialId, clinic, s.position(), s.block(), s.arm()).update();
        }
    }

    /** The clinic's row, locked until the end of the transaction: its next position and cluster arm. */
    Optional<ClinicRow> lockClinic(UUID trialId, String clinic) {
        return jdbc.sql("""
                SELECT clinic_org_number, arm, next_position FROM trial_clinic
                WHERE trial_id = ? AND clinic_org_number = ? FOR UPDATE""")
                .params(trialId, clinic)
                .query((rs, n) -> new ClinicRow(rs.getString("clinic_org_number"), rs.getString("arm"),
                        rs.getInt("next_position")))
                .optional();
    }

    void advance(UUID trialId, String clinic, int nextPosition) {
        jdbc.sql("UPDATE trial_clinic SET next_position = ? WHERE trial_id = ? AND clinic_org_number = ?")
                .params(nextPosition, trialId, clinic).update();
    }

    Optional<String> slotArm(UUID trialId, String clinic, int position) {
        return jdbc.sql("SELECT arm FROM trial_slot WHERE trial_id = ? AND clinic_org_number = ? AND position = ?")
                .params(trialId, clinic, position).query(String.class).optional();
    }

    /** The last block number of a clinic's sequence (to extend it with new blocks), or -1. */
    int lastBlock(UUID trialId, String clinic) {
        return jdbc.sql("SELECT COALESCE(MAX(block_no), -1) FROM trial_slot WHERE trial_id = ? AND clinic_org_number = ?")
                .params(trialId, clinic).query(Integer.class).single();
    }

    int sequenceLength(UUID trialId, String clinic) {
        return jdbc.sql("SELECT COUNT(*) FROM trial_slot WHERE trial_id = ? AND clinic_org_number = ?")
                .params(trialId, clinic).query(Integer.class).single();
    }

    /** Inserts the enrolment; false if the pathway is already enrolled (in this or another trial). */
    boolean insertEnrolment(UUID pathwayId, UUID trialId, UUID personId, String clinic, String arm, Integer position,
                            String actor, Instant at) {
        return jdbc.sql("""
                INSERT INTO trial_enrolment (pathway_id, trial_id, person_id, clinic_org_number, arm, position,
                  enrolled_by, enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (pathway_id) DO NOTHING""")
                .params(pathwayId, trialId, personId, clinic, arm, position, actor, Timestamp.from(at))
                .update() == 1;
    }

    /** Records the withdrawal; false if the pathway is not enrolled or already withdrawn. The arm is kept. */
    boolean withdraw(UUID pathwayId, String actor, Instant at, String reason) {
        return jdbc.sql("""
                UPDATE trial_enrolment SET withdrawn_at = ?, withdrawn_by = ?, withdrawal_reason = ?
                WHERE pathway_id = ? AND withdrawn_at IS NULL""")
                .params(Timestamp.from(at), actor, reason, pathwayId)
                .update() == 1;
    }

    Optional<Allocation> allocationOf(UUID pathwayId) {
        return jdbc.sql("""
                SELECT e.*, t.code, t.title, t.design FROM trial_enrolment e JOIN trial t ON t.id = e.trial_id
                WHERE e.pathway_id = ?""")
                .param(pathwayId).query(this::allocation).optional();
    }

    /** Enrolments per arm, for the trial overview (counts only). */
    List<ArmCount> countsByArm(UUID trialId) {
        return jdbc.sql("""
                SELECT a.code, a.label, COUNT(e.pathway_id) AS n, COUNT(e.withdrawn_at) AS withdrawn FROM trial_arm a
                LEFT JOIN trial_enrolment e ON e.trial_id = a.trial_id AND e.arm = a.code
                WHERE a.trial_id = ? GROUP BY a.code, a.label, a.position ORDER BY a.position""")
                .param(trialId).query((rs, n) -> new ArmCount(rs.getString("code"), rs.getString("label"), rs.getLong("n"),
                        rs.getLong("withdrawn"))).list();
    }

    record ClinicRow(String clinic, String arm, int nextPosition) {
    }

    private Allocation allocation(ResultSet rs, int n) throws SQLException {
        UUID trialId = rs.getObject("trial_id", UUID.class);
        String arm = rs.getString("arm");
        String label = jdbc.sql("SELECT label FROM trial_arm WHERE trial_id = ? AND code = ?").params(trialId, arm)
                .query(String.class).optional().orElse(arm);
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        return new Allocation(rs.getObject("pathway_id", UUID.class), rs.getObject("person_id", UUID.class), trialId,
                rs.getString("code"), rs.getString("title"), TrialDesign.valueOf(rs.getString("design")), arm, label,
                rs.getString("clinic_org_number"), rs.getTimestamp("enrolled_at").toInstant(), rs.getString("enrolled_by"),
                withdrawn == null ? null : withdrawn.toInstant(), rs.getString("withdrawn_by"),
                rs.getString("withdrawal_reason"));
    }

    private Trial trial(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<TrialArm> arms = jdbc.sql("SELECT code, label FROM trial_arm WHERE trial_id = ? ORDER BY position")
                .param(id).query((r, i) -> new TrialArm(r.getString("code"), r.getString("label"))).list();
        List<String> clinics = jdbc.sql("SELECT clinic_org_number FROM trial_clinic WHERE trial_id = ? ORDER BY 1")
                .param(id).query(String.class).list();
        List<Integer> blocks = Arrays.stream(rs.getString("block_sizes").split(",")).map(Integer::valueOf).toList();
        Timestamp opened = rs.getTimestamp("opened_at");
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Trial(id, rs.getString("code"), rs.getString("title"), TrialDesign.valueOf(rs.getString("design")),
                arms, blocks, clinics, rs.getInt("planned_per_clinic"), TrialStatus.valueOf(rs.getString("status")),
                rs.getString("created_by"), opened == null ? null : opened.toInstant(),
                closed == null ? null : closed.toInstant(), rs.getInt("version"));
    }
}
