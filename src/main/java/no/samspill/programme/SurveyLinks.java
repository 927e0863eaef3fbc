package no.samspill.programme;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of anonymous survey links (table programme_survey_link). */
@Repository
class SurveyLinks {

    private final JdbcClient jdbc;

    SurveyLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertIfAbsent(SurveyLink link, String actor, Instant at) {
        jdbc.sql("""
                INSERT INTO programme_survey_link (token, run_id, wave, created_by, created_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (run_id, wave) DO NOTHING""")
                .params(link.token(), link.runId(), link.wave().name(), actor, Timestamp.from(at)).update();
    }

    Optional<SurveyLink> byToken(String token) {
        return jdbc.sql("SELECT * FROM programme_survey_link WHERE token = ?").param(token)
                .query((rs, row) -> new SurveyLink(rs.getString("token"), rs.getObject("run_id", UUID.class),
                        SurveyWave.valueOf(rs.getString("wave")))).optional();
    }

    List<SurveyLink> ofRun(UUID runId) {
        return jdbc.sql("SELECT * FROM programme_survey_link WHERE run_id = ? ORDER BY created_at").param(runId)
                .query((rs, row) -> new SurveyLink(rs.getString("token"), rs.getObject("run_id", UUID.class),
                        SurveyWave.valueOf(rs.getString("wave")))).list();
    }
}
