package no.samspill.questionnaire;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import no.samspill.instrument.InstrumentRef;
import no.samspill.platform.SqlArrays;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The multi-row statements of one group commit ({@link SubmissionWriter}): every statement takes the whole batch as
 * arrays ({@code unnest}), so a batch costs the same few round trips whatever its size.
 */
@Repository
class SubmissionBatches {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SubmissionBatches(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Locks the links of these submissions that are still usable (not used, revoked or expired; round neither completed
     * nor cancelled), with their rounds; answers each by its token hash (hex) with the round it opens.
     */
    Map<String, LinkRound> lockUsableLinks(List<Submission> viaLink) {
        Map<String, LinkRound> found = new HashMap<>();
        if (viaLink.isEmpty()) {
            return found;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    SELECT encode(l.token_hash, 'hex'), r.id, r.pathway_id, r.person_id, r.label, a.instruments
                    FROM questionnaire_link l JOIN questionnaire_round r ON r.id = l.round_id
                    JOIN questionnaire_assignment a ON a.id = r.assignment_id
                    WHERE l.token_hash = ANY(SELECT decode(h, 'hex') FROM unnest(?::text[]) AS h)
                      AND l.used_at IS NULL AND l.revoked_at IS NULL AND l.expires_at > ?
                      AND r.completed_at IS NULL AND r.cancelled_at IS NULL
                    ORDER BY r.id FOR UPDATE OF l, r""");
            ps.setArray(1, SqlArrays.column(con, "text", viaLink, Submission::tokenHex));
            ps.setTimestamp(2, now);
            return ps;
        }, (ResultSet rs) -> {
            found.put(rs.getString(1), new LinkRound(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                    rs.getObject(4, UUID.class), rs.getString(5), Assignments.split(rs.getString(6))));
        });
        return found;
    }

    /** A usable link's round, with its instruments. */
    record LinkRound(UUID roundId, UUID pathwayId, UUID personId, String label, List<InstrumentRef> instruments) {
    }

    /**
     * Locks the open rounds of these persons that are due by {@code dueBy}, earliest first, each with its instruments
     * and the questionnaires already answered in it (where a recorded response may go, {@link SubmissionWriter}).
     */
    List<OpenRound> lockOpenRoundsOf(Set<UUID> personIds, LocalDate dueBy) {
        List<OpenRound> rounds = new ArrayList<>();
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    SELECT r.id, r.person_id, r.pathway_id, r.label, r.due_date, a.instruments,
                      ARRAY(SELECT x.questionnaire_url FROM questionnaire_response x
                            WHERE x.round_id = r.id AND x.corrects IS NULL) AS answered
                    FROM questionnaire_round r JOIN questionnaire_assignment a ON a.id = r.assignment_id
                    WHERE r.person_id = ANY(?) AND r.completed_at IS NULL AND r.cancelled_at IS NULL AND r.due_date <= ?
                    ORDER BY r.due_date, r.label, r.id FOR UPDATE OF r""");
            ps.setArray(1, con.createArrayOf("uuid", personIds.toArray()));
            ps.setDate(2, java.sql.Date.valueOf(dueBy));
            return ps;
        }, (ResultSet rs) -> {
            rounds.add(new OpenRound(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                    rs.getObject(3, UUID.class), rs.getString(4), rs.getDate(5).toLocalDate(),
                    Assignments.split(rs.getString(6)),
                    Set.copyOf(Arrays.asList((String[]) rs.getArray(7).getArray()))));
        });
        return rounds;
    }

    /** An open round: its instruments and the questionnaire urls answered in it so far. */
    record OpenRound(UUID id, UUID personId, UUID pathwayId, String label, LocalDate dueDate,
                     List<InstrumentRef> instruments, Set<String> answered) {
    }

    /**
     * Inserts the batch in one statement (data-modifying CTEs): the unscheduled rounds (per such submission one
     * assignment of the one instrument and one round due today, inserted completed: the one response answers it), the
     * responses with their answers, and their scores. A response whose round already has one for the instrument is not
     * inserted (the unique index on round and questionnaire decides, also between two rows of this batch), nor is its
     * score. Returns the ids inserted.
     */
    Set<UUID> insertAll(List<Submission> submissions) {
        if (submissions.isEmpty()) {
            return Set.of();
        }
        List<Submission> scored = submissions.stream()
                .filter(s -> s.score().status() != no.samspill.instrument.Score.Status.NOT_SCORED).toList();
        List<Submission> fresh = submissions.stream().filter(s -> s.newRound() != null).toList();
        return query("""
                WITH asg AS (
                  INSERT INTO questionnaire_assignment (id, pathway_id, person_id, instruments, created_by, created_at)
                  SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::timestamptz[])),
                rnd AS (
                  INSERT INTO questionnaire_round (id, assignment_id, pathway_id, person_id, label, due_date,
                    completed_at)
                  SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::date[],
                    ?::timestamptz[])),
                ins AS (
                  INSERT INTO questionnaire_response (id, round_id, person_id, questionnaire_url, questionnaire_version,
                    status, started_at, submitted_at, submitted_by, answers)
                  SELECT id, round_id, person_id, url, version, 'SUBMITTED', at, at, by, CAST(answers AS jsonb)
                  FROM unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::timestamptz[], ?::text[],
                    ?::text[]) AS t (id, round_id, person_id, url, version, at, by, answers)
                  ON CONFLICT (round_id, questionnaire_url) WHERE corrects IS NULL DO NOTHING
                  RETURNING id),
                sc AS (
                  INSERT INTO questionnaire_score (response_id, person_id, pathway_id, round_id, round_label, instrument,
                    instrument_version, total, max_total, band, caseness, complete, work_not_applicable, missing,
                    scored_at)
                  SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[],
                    ?::int[], ?::int[], ?::text[], ?::boolean[], ?::boolean[], ?::boolean[], ?::text[],
                    ?::timestamptz[]) AS x (response_id, person_id, pathway_id, round_id, round_label, instrument,
                    instrument_version, total, max_total, band, caseness, complete, work_not_applicable, missing,
                    scored_at)
                  WHERE x.response_id IN (SELECT id FROM ins))
                SELECT id FROM ins""", (c, ps) -> {
            int i = 1;
            ps.setArray(i++, uuids(c, fresh, s -> s.newRound().assignmentId()));
            ps.setArray(i++, uuids(c, fresh, Submission::pathwayId));
            ps.setArray(i++, uuids(c, fresh, Submission::personId));
            ps.setArray(i++, texts(c, fresh, s -> s.instrument().ref().toString()));
            ps.setArray(i++, texts(c, fresh, Submission::submittedBy));
            ps.setArray(i++, times(c, fresh));
            ps.setArray(i++, uuids(c, fresh, Submission::roundId));
            ps.setArray(i++, uuids(c, fresh, s -> s.newRound().assignmentId()));
            ps.setArray(i++, uuids(c, fresh, Submission::pathwayId));
            ps.setArray(i++, uuids(c, fresh, Submission::personId));
            ps.setArray(i++, texts(c, fresh, Submission::roundLabel));
            ps.setArray(i++, SqlArrays.column(c, "date", fresh,
                    s -> java.sql.Date.valueOf(s.newRound().dueDate())));
            ps.setArray(i++, times(c, fresh));
            ps.setArray(i++, uuids(c, submissions, Submission::responseId));
            ps.setArray(i++, uuids(c, submissions, Submission::roundId));
            ps.setArray(i++, uuids(c, submissions, Submission::personId));
            ps.setArray(i++, texts(c, submissions, sub -> sub.instrument().url()));
            ps.setArray(i++, texts(c, submissions, sub -> sub.instrument().version()));
            ps.setArray(i++, times(c, submissions));
            ps.setArray(i++, texts(c, submissions, Submission::submittedBy));
            ps.setArray(i++, texts(c, submissions, sub -> AnswerJson.write(sub.answers())));
            bindScores(c, ps, i, scored);
        });
    }

    /**
     * Completes the rounds whose every instrument is now in (a one-instrument round at once; others by count) and
     * uses up their links; returns the rounds completed, including the unscheduled ones inserted completed.
     */
    Set<UUID> completeRounds(List<Submission> stored) {
        Set<UUID> done = new HashSet<>();
        Map<UUID, Integer> needed = new HashMap<>();
        Set<UUID> bornCompleted = new HashSet<>();
        for (Submission s : stored) {
            if (s.newRound() != null) {
                bornCompleted.add(s.roundId());
            } else if (s.roundInstruments() <= 1) {
                done.add(s.roundId());
            } else {
                needed.put(s.roundId(), s.roundInstruments());
            }
        }
        if (!needed.isEmpty()) {
            Map<UUID, Integer> counts = new HashMap<>();
            jdbc.query(con -> {
                PreparedStatement ps = con.prepareStatement("""
                        SELECT round_id, count(*) FROM questionnaire_response
                        WHERE round_id = ANY(?) AND status = 'SUBMITTED' AND corrects IS NULL GROUP BY round_id""");
                ps.setArray(1, con.createArrayOf("uuid", needed.keySet().toArray()));
                return ps;
            }, (ResultSet rs) -> {
                counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
            });
            needed.forEach((round, n) -> {
                if (counts.getOrDefault(round, 0) >= n) {
                    done.add(round);
                }
            });
        }
        if (!done.isEmpty()) {
            Timestamp now = Timestamp.from(clock.instant());
            Object[] rounds = done.toArray();
            update("""
                    WITH completed AS (
                      UPDATE questionnaire_round SET completed_at = ?, version = version + 1
                      WHERE id = ANY(?) AND completed_at IS NULL RETURNING id)
                    UPDATE questionnaire_link SET used_at = ?
                    WHERE round_id IN (SELECT id FROM completed) AND used_at IS NULL AND revoked_at IS NULL""",
                    (c, ps) -> {
                        ps.setTimestamp(1, now);
                        ps.setArray(2, c.createArrayOf("uuid", rounds));
                        ps.setTimestamp(3, now);
                    });
        }
        done.addAll(bornCompleted);
        return done;
    }

    private static void bindScores(Connection c, PreparedStatement ps, int first, List<Submission> scored)
            throws SQLException {
        int i = first;
        ps.setArray(i++, uuids(c, scored, Submission::responseId));
        ps.setArray(i++, uuids(c, scored, Submission::personId));
        ps.setArray(i++, uuids(c, scored, Submission::pathwayId));
        ps.setArray(i++, uuids(c, scored, Submission::roundId));
        ps.setArray(i++, texts(c, scored, Submission::roundLabel));
        ps.setArray(i++, texts(c, scored, s -> s.instrument().id()));
        ps.setArray(i++, texts(c, scored, s -> s.instrument().version()));
        ps.setArray(i++, SqlArrays.column(c, "int4", scored, s -> s.score().total()));
        ps.setArray(i++, SqlArrays.column(c, "int4", scored, s -> s.score().maxTotal()));
        ps.setArray(i++, texts(c, scored, s -> s.score().band() == null ? null : s.score().band().code()));
        ps.setArray(i++, SqlArrays.column(c, "bool", scored, s -> s.score().caseness()));
        ps.setArray(i++, SqlArrays.column(c, "bool", scored, s -> s.score().complete()));
        ps.setArray(i++, SqlArrays.column(c, "bool", scored, s -> s.score().workNotApplicable()));
        ps.setArray(i++, texts(c, scored, s -> s.score().missing().isEmpty() ? null
                : String.join(" ", s.score().missing())));
        ps.setArray(i, times(c, scored));
    }

    private interface Binder {
        void bind(Connection c, PreparedStatement ps) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(sql);
            binder.bind(con, ps);
            return ps;
        });
    }

    private Set<UUID> query(String sql, Binder binder) {
        Set<UUID> ids = new HashSet<>();
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement(sql);
            binder.bind(con, ps);
            return ps;
        }, (ResultSet rs) -> {
            ids.add(rs.getObject(1, UUID.class));
        });
        return ids;
    }

    private static Array uuids(Connection c, List<Submission> rows, Function<Submission, UUID> f) throws SQLException {
        return SqlArrays.column(c, "uuid", rows, f);
    }

    private static Array texts(Connection c, List<Submission> rows, Function<Submission, String> f) throws SQLException {
        return SqlArrays.column(c, "text", rows, f);
    }

    private static Array times(Connection c, List<Submission> rows) throws SQLException {
        return SqlArrays.column(c, "timestamptz", rows, s -> Timestamp.from(s.at()));
    }
}
