package no.samspill.questionnaire;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samspill.instrument.InstrumentRef;
import no.samspill.shared.ConcurrentChangeException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Responses and their answers (table questionnaire_response; the answers are its JSON column {@code answers}). */
@Repository
class Responses {

    private final JdbcClient jdbc;

    Responses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the round's response for this instrument unless it exists; true when inserted. */
    boolean insertIfAbsent(UUID id, UUID roundId, UUID personId, InstrumentRef ref, boolean submitted, Instant at,
                           String by) {
        return jdbc.sql("""
                INSERT INTO questionnaire_response (id, round_id, person_id, questionnaire_url, questionnaire_version,
                  status, started_at, submitted_at, submitted_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (round_id, questionnaire_url) WHERE corrects IS NULL DO NOTHING""")
                .params(id, roundId, personId, ref.url(), ref.version(), submitted ? "SUBMITTED" : "IN_PROGRESS",
                        Timestamp.from(at), submitted ? Timestamp.from(at) : null, submitted ? by : null)
                .update() == 1;
    }

    void insertCorrection(UUID id, Row old, String reason, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO questionnaire_response (id, round_id, person_id, questionnaire_url, questionnaire_version,
                  status, corrects, correction_reason, started_at, submitted_at, submitted_by)
                VALUES (?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?)""")
                .params(id, old.roundId(), old.personId(), old.ref().url(), old.ref().version(), old.id(), reason,
                        Timestamp.from(at), Timestamp.from(at), by)
                .update();
    }

    Optional<Row> forUpdate(UUID roundId, String url) {
        return jdbc.sql("""
                SELECT * FROM questionnaire_response WHERE round_id = ? AND questionnaire_url = ? AND corrects IS NULL
                FOR UPDATE""").params(roundId, url).query(Responses::row).optional();
    }

    Optional<Row> byId(UUID id) {
        return jdbc.sql("SELECT * FROM questionnaire_response WHERE id = ?").param(id).query(Responses::row).optional();
    }

    /** The response of a round and instrument as the patient left it (originals only). */
    List<Row> ofRound(UUID roundId) {
        return jdbc.sql("SELECT * FROM questionnaire_response WHERE round_id = ? AND corrects IS NULL")
                .param(roundId).query(Responses::row).list();
    }

    /**
     * Saves answers into the response's answer object; an answer to the same item replaces the earlier one (last write
     * per item wins). The merge happens in the row under its lock, so answers saved at the same time from two tabs are
     * all kept.
     */
    void upsertAnswers(UUID responseId, Map<String, String> answers) {
        if (answers.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE questionnaire_response SET answers = answers || CAST(? AS jsonb) WHERE id = ?")
                .params(AnswerJson.write(answers), responseId).update();
    }

    void removeAnswer(UUID responseId, String linkId) {
        jdbc.sql("UPDATE questionnaire_response SET answers = answers - ? WHERE id = ?").params(linkId, responseId)
                .update();
    }

    /** Counts a change of the response (an answer saved) so a submit from a stale view can be told apart. */
    void touch(UUID responseId) {
        jdbc.sql("UPDATE questionnaire_response SET version = version + 1 WHERE id = ?").param(responseId).update();
    }

    Map<String, String> answers(UUID responseId) {
        return jdbc.sql("SELECT answers::text FROM questionnaire_response WHERE id = ?").param(responseId)
                .query(String.class).optional().map(AnswerJson::read).orElseGet(Map::of);
    }

    void markSubmitted(Row response, Integer expectedVersion, Instant at, String by) {
        int rows = jdbc.sql("""
                UPDATE questionnaire_response SET status = 'SUBMITTED', submitted_at = ?, submitted_by = ?,
                  version = version + 1
                WHERE id = ? AND status = 'IN_PROGRESS' AND version = ?""")
                .params(Timestamp.from(at), by, response.id(), expectedVersion == null ? response.version() : expectedVersion)
                .update();
        if (rows == 0) {
            throw new ConcurrentChangeException("Skjemaet");
        }
    }

    int submittedCount(UUID roundId) {
        return jdbc.sql("""
                SELECT count(*) FROM questionnaire_response WHERE round_id = ? AND status = 'SUBMITTED' AND corrects IS NULL""")
                .param(roundId).query(Integer.class).single();
    }

    Optional<ResponseDetails> details(UUID id) {
        List<ResponseDetails> found = details("r.id = ?", id);
        return found.stream().findFirst();
    }

    /** Every response of the person, oldest first, with their answers. */
    List<ResponseDetails> detailsOfPerson(UUID personId) {
        return details("r.person_id = ?", personId);
    }

    private List<ResponseDetails> details(String where, UUID param) {
        return jdbc.sql("""
                SELECT r.*, c.id AS corrected_by FROM questionnaire_response r
                LEFT JOIN questionnaire_response c ON c.corrects = r.id
                WHERE\s""" + where + " ORDER BY r.started_at, r.id").param(param)
                .query((rs, n) -> {
                    Timestamp submitted = rs.getTimestamp("submitted_at");
                    return new ResponseDetails(rs.getObject("id", UUID.class),
                            new no.samspill.person.PersonId(rs.getObject("person_id", UUID.class)),
                            rs.getObject("round_id", UUID.class),
                            new InstrumentRef(rs.getString("questionnaire_url"), rs.getString("questionnaire_version")),
                            "SUBMITTED".equals(rs.getString("status")), rs.getTimestamp("started_at").toInstant(),
                            submitted == null ? null : submitted.toInstant(), rs.getString("submitted_by"),
                            rs.getObject("corrects", UUID.class), rs.getString("correction_reason"),
                            rs.getObject("corrected_by", UUID.class), rs.getInt("version"),
                            AnswerJson.read(rs.getString("answers")));
                }).list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("round_id", UUID.class),
                rs.getObject("person_id", UUID.class),
                new InstrumentRef(rs.getString("questionnaire_url"), rs.getString("questionnaire_version")),
                "SUBMITTED".equals(rs.getString("status")), rs.getObject("corrects", UUID.class), rs.getInt("version"));
    }

    record Row(UUID id, UUID roundId, UUID personId, InstrumentRef ref, boolean submitted, UUID corrects, int version) {
    }
}
