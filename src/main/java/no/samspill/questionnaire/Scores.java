package no.samspill.questionnaire;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import no.samspill.instrument.Instrument;
import no.samspill.instrument.Score;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored scores (table questionnaire_score): one row per scored response, queryable without re-scoring. */
@Repository
class Scores {

    private final JdbcClient jdbc;

    Scores(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID responseId, UUID personId, UUID pathwayId, UUID roundId, String roundLabel, Instrument instrument,
                Score score, Instant at) {
        jdbc.sql("""
                INSERT INTO questionnaire_score (response_id, person_id, pathway_id, round_id, round_label, instrument,
                  instrument_version, total, max_total, band, caseness, complete, work_not_applicable, missing, scored_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(responseId, personId, pathwayId, roundId, roundLabel, instrument.id(), instrument.version(),
                        score.total(), score.maxTotal(), score.band() == null ? null : score.band().code(),
                        score.caseness(), score.complete(), score.workNotApplicable(),
                        score.missing().isEmpty() ? null : String.join(" ", score.missing()), Timestamp.from(at))
                .update();
    }

    void supersede(UUID oldResponseId, UUID newResponseId) {
        jdbc.sql("UPDATE questionnaire_score SET superseded_by = ? WHERE response_id = ?")
                .params(newResponseId, oldResponseId).update();
    }

    java.util.Optional<StoredScore> byResponse(UUID responseId) {
        return jdbc.sql("SELECT * FROM questionnaire_score WHERE response_id = ?").param(responseId)
                .query(Scores::score).optional();
    }

    List<StoredScore> ofPathway(UUID pathwayId) {
        return jdbc.sql("SELECT * FROM questionnaire_score WHERE pathway_id = ? ORDER BY scored_at, response_id")
                .param(pathwayId).query(Scores::score).list();
    }

    /**
     * Per instrument, the pathway's first and last complete current score and its latest current score (complete or
     * not), oldest first, each once: the ends of every trajectory, whatever the length of the history.
     */
    List<StoredScore> endpointsOfPathway(UUID pathwayId, Collection<String> instruments) {
        return jdbc.sql("""
                SELECT DISTINCT ON (e.response_id) e.* FROM unnest(?::text[]) AS i (instrument)
                CROSS JOIN LATERAL (
                  (SELECT * FROM questionnaire_score x WHERE x.pathway_id = ? AND x.instrument = i.instrument
                     AND x.superseded_by IS NULL AND x.complete ORDER BY x.scored_at, x.response_id LIMIT 1)
                  UNION ALL
                  (SELECT * FROM questionnaire_score x WHERE x.pathway_id = ? AND x.instrument = i.instrument
                     AND x.superseded_by IS NULL AND x.complete ORDER BY x.scored_at DESC, x.response_id DESC LIMIT 1)
                  UNION ALL
                  (SELECT * FROM questionnaire_score x WHERE x.pathway_id = ? AND x.instrument = i.instrument
                     AND x.superseded_by IS NULL ORDER BY x.scored_at DESC, x.response_id DESC LIMIT 1)) e
                ORDER BY e.response_id""")
                .params(instruments.toArray(String[]::new), pathwayId, pathwayId, pathwayId)
                .query(Scores::score).list().stream()
                .sorted(Comparator.comparing(StoredScore::scoredAt).thenComparing(StoredScore::responseId))
                .toList();
    }

    List<PersonScore> ofPerson(UUID personId) {
        return jdbc.sql("SELECT * FROM questionnaire_score WHERE person_id = ? ORDER BY scored_at, response_id")
                .param(personId).query((rs, n) -> new PersonScore(new no.samspill.person.PersonId(personId),
                        score(rs, n))).list();
    }

    java.util.Optional<PersonScore> withPerson(UUID responseId) {
        return jdbc.sql("SELECT * FROM questionnaire_score WHERE response_id = ?").param(responseId)
                .query((rs, n) -> new PersonScore(new no.samspill.person.PersonId(rs.getObject("person_id", UUID.class)),
                        score(rs, n))).optional();
    }

    private static StoredScore score(ResultSet rs, int n) throws SQLException {
        String missing = rs.getString("missing");
        Object caseness = rs.getObject("caseness");
        return new StoredScore(rs.getObject("response_id", UUID.class), rs.getObject("round_id", UUID.class),
                rs.getString("round_label"), rs.getString("instrument"), rs.getString("instrument_version"),
                (Integer) rs.getObject("total"), rs.getInt("max_total"), rs.getString("band"),
                caseness == null ? null : (Boolean) caseness, rs.getBoolean("complete"),
                rs.getBoolean("work_not_applicable"), missing == null ? List.of() : Arrays.asList(missing.split(" ")),
                rs.getTimestamp("scored_at").toInstant(), rs.getObject("superseded_by", UUID.class));
    }
}
