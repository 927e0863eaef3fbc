package no.samspill.questionnaire;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samspill.instrument.InstrumentRef;
import no.samspill.person.PersonId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assignments and their rounds (tables questionnaire_assignment, questionnaire_round). */
@Repository
class Assignments {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Assignments(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insert(Assignment a, List<Round> rounds) {
        jdbc.sql("""
                INSERT INTO questionnaire_assignment (id, pathway_id, person_id, instruments, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(a.id(), a.pathwayId(), a.personId().value(), join(a.instruments()), a.createdBy(),
                        Timestamp.from(a.createdAt()))
                .update();
        template.batchUpdate("""
                INSERT INTO questionnaire_round (id, assignment_id, pathway_id, person_id, label, due_date)
                VALUES (?, ?, ?, ?, ?, ?)""", rounds, rounds.size(), (ps, r) -> {
            ps.setObject(1, r.id());
            ps.setObject(2, r.assignmentId());
            ps.setObject(3, r.pathwayId());
            ps.setObject(4, r.personId().value());
            ps.setString(5, r.label());
            ps.setDate(6, Date.valueOf(r.dueDate()));
        });
    }

    List<Assignment> ofPathway(UUID pathwayId) {
        return jdbc.sql("SELECT * FROM questionnaire_assignment WHERE pathway_id = ? ORDER BY created_at")
                .param(pathwayId).query(Assignments::assignment).list();
    }

    List<Round> roundsOfPathway(UUID pathwayId) {
        return jdbc.sql("SELECT * FROM questionnaire_round WHERE pathway_id = ? ORDER BY due_date, label")
                .param(pathwayId).query(Assignments::round).list();
    }

    Optional<Round> round(UUID id) {
        return jdbc.sql("SELECT * FROM questionnaire_round WHERE id = ?").param(id).query(Assignments::round).optional();
    }

    /** Cancels the pathway's rounds that are neither answered nor cancelled; returns them. */
    List<UUID> cancelOpen(UUID pathwayId, Instant at) {
        return jdbc.sql("""
                UPDATE questionnaire_round SET cancelled_at = ?, version = version + 1
                WHERE pathway_id = ? AND completed_at IS NULL AND cancelled_at IS NULL RETURNING id""")
                .params(Timestamp.from(at), pathwayId).query(UUID.class).list();
    }

    void complete(UUID roundId, Instant at) {
        jdbc.sql("UPDATE questionnaire_round SET completed_at = ?, version = version + 1 WHERE id = ? AND completed_at IS NULL")
                .params(Timestamp.from(at), roundId).update();
    }

    static String join(List<InstrumentRef> refs) {
        return String.join(" ", refs.stream().map(InstrumentRef::toString).toList());
    }

    static List<InstrumentRef> split(String refs) {
        return Arrays.stream(refs.split(" ")).map(InstrumentRef::parse).toList();
    }

    private static Assignment assignment(ResultSet rs, int n) throws SQLException {
        return new Assignment(rs.getObject("id", UUID.class), rs.getObject("pathway_id", UUID.class),
                new PersonId(rs.getObject("person_id", UUID.class)), split(rs.getString("instruments")),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }

    private static Round round(ResultSet rs, int n) throws SQLException {
        Timestamp completed = rs.getTimestamp("completed_at");
        Timestamp cancelled = rs.getTimestamp("cancelled_at");
        return new Round(rs.getObject("id", UUID.class), rs.getObject("assignment_id", UUID.class),
                rs.getObject("pathway_id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
                rs.getString("label"), rs.getDate("due_date").toLocalDate(),
                completed == null ? null : completed.toInstant(), cancelled == null ? null : cancelled.toInstant(),
                rs.getInt("version"));
    }
}
