package no.samspill.programme;

import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of closed survey waves (table programme_survey_wave). */
@Repository
class SurveyWaves {

    private final JdbcClient jdbc;

    SurveyWaves(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Closes a wave; false if it already was. The wave's link row is locked first, so a submission that holds it
     * (see {@link #lockForAnswer}) either lands before the close or sees it.
     */
    boolean close(UUID runId, SurveyWave wave, LocalDate on, String actor) {
        jdbc.sql("SELECT token FROM programme_survey_link WHERE run_id = ? AND wave = ? FOR UPDATE")
                .params(runId, wave.name()).query(String.class).list();
        return jdbc.sql("""
                INSERT INTO programme_survey_wave (run_id, wave, closed_on, closed_by) VALUES (?, ?, ?, ?)
                ON CONFLICT (run_id, wave) DO NOTHING""")
                .params(runId, wave.name(), Date.valueOf(on), actor).update() == 1;
    }

    /** Holds the link against a concurrent close until the answer's transaction ends. */
    void lockForAnswer(String token) {
        jdbc.sql("SELECT token FROM programme_survey_link WHERE token = ? FOR SHARE").param(token)
                .query(String.class).list();
    }

    Set<SurveyWave> closed(UUID runId) {
        return closedIn(List.of(runId)).getOrDefault(runId, EnumSet.noneOf(SurveyWave.class));
    }

    Map<UUID, Set<SurveyWave>> closedIn(List<UUID> runIds) {
        Map<UUID, Set<SurveyWave>> result = new LinkedHashMap<>();
        if (runIds.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT run_id, wave FROM programme_survey_wave WHERE run_id IN (:runs)").param("runs", runIds)
                .query((rs, row) -> {
                    result.computeIfAbsent(rs.getObject("run_id", UUID.class), k -> EnumSet.noneOf(SurveyWave.class))
                            .add(SurveyWave.valueOf(rs.getString("wave")));
                    return null;
                }).list();
        return result;
    }

    /** Whether any run of the cohort has a closed wave (then its membership is fixed, decision 0032). */
    boolean anyClosedInCohort(UUID cohortId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM programme_survey_wave s JOIN programme_run r ON r.id = s.run_id
                  JOIN programme_workplace w ON w.id = r.workplace_id WHERE w.cohort_id = ?)""")
                .param(cohortId).query(Boolean.class).single();
    }
}
