package no.samspill.programme;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Persistence of anonymous survey responses: run, wave, questionnaire version and date only, with the answers'
 * ordinal values and the scale scores. Results are read as aggregates, never row by row.
 */
@Repository
class SurveyResponses {

    private final JdbcClient jdbc;

    SurveyResponses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID runId, SurveyWave wave, String questionnaire, LocalDate on, SurveyScoring.Scored scored) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO programme_survey_response (id, run_id, wave, questionnaire, submitted_on) VALUES (?, ?, ?, ?, ?)")
                .params(id, runId, wave.name(), questionnaire, Date.valueOf(on)).update();
        scored.values().forEach((linkId, value) ->
                jdbc.sql("INSERT INTO programme_survey_answer (response_id, link_id, value) VALUES (?, ?, ?)")
                        .params(id, linkId, value).update());
        scored.scores().forEach((scale, score) ->
                jdbc.sql("INSERT INTO programme_survey_score (response_id, scale, score) VALUES (?, ?, ?)")
                        .params(id, scale, score).update());
    }

    int count(UUID runId, SurveyWave wave) {
        return jdbc.sql("SELECT count(*) FROM programme_survey_response WHERE run_id = ? AND wave = ?")
                .params(runId, wave.name()).query(Integer.class).single();
    }

    /** Number of responses per run and wave. */
    List<Count> counts(List<UUID> runIds) {
        if (runIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT run_id, wave, count(*) AS n FROM programme_survey_response
                WHERE run_id IN (:runs) GROUP BY run_id, wave""")
                .param("runs", runIds)
                .query((rs, row) -> new Count(rs.getObject("run_id", UUID.class), SurveyWave.valueOf(rs.getString("wave")),
                        rs.getInt("n"))).list();
    }

    /** Sum and number of the scores per run, wave and scale (scored responses only). */
    List<ScoreSum> scoreSums(List<UUID> runIds) {
        if (runIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT r.run_id, r.wave, s.scale, sum(s.score) AS total, count(s.score) AS n
                FROM programme_survey_response r JOIN programme_survey_score s ON s.response_id = r.id
                WHERE r.run_id IN (:runs) GROUP BY r.run_id, r.wave, s.scale""")
                .param("runs", runIds)
                .query((rs, row) -> new ScoreSum(rs.getObject("run_id", UUID.class),
                        SurveyWave.valueOf(rs.getString("wave")), rs.getString("scale"),
                        rs.getBigDecimal("total") == null ? BigDecimal.ZERO : rs.getBigDecimal("total"), rs.getInt("n")))
                .list();
    }

    record Count(UUID runId, SurveyWave wave, int n) {
    }

    record ScoreSum(UUID runId, SurveyWave wave, String scale, BigDecimal total, int n) {
    }

}
