package no.samspill.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samspill.shared.ConcurrentChangeException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Persistence of meetings (table meeting; participants and minute tasks as JSON) and minutes corrections. */
@Repository
class Meetings {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    Meetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Meeting m, String actor, Instant at) {
        jdbc.sql("""
                INSERT INTO meeting (id, pathway_id, person_id, type, status, starts_at, ends_at, place, video_link,
                  participants, created_by, updated_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?)""")
                .params(m.id(), m.pathwayId(), m.personId(), m.type().name(), m.status().name(),
                        Timestamp.from(m.startsAt()), Timestamp.from(m.endsAt()), m.place(), m.videoLink(),
                        JSON.writeValueAsString(m.participants()), actor, actor, Timestamp.from(at))
                .update();
    }

    /** Saves every changed field if nobody saved since the meeting was read ({@code m.version()}); else refuses. */
    void update(Meeting m, String actor, Instant at) {
        Minutes minutes = m.minutes();
        int rows = jdbc.sql("""
                UPDATE meeting SET status = ?, starts_at = ?, ends_at = ?, place = ?, video_link = ?,
                  participants = CAST(? AS jsonb), situation = ?, conclusion = ?, clinical_note = ?,
                  minute_tasks = CAST(? AS jsonb), minutes_final = ?, updated_by = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(m.status().name(), Timestamp.from(m.startsAt()), Timestamp.from(m.endsAt()), m.place(),
                        m.videoLink(), JSON.writeValueAsString(m.participants()),
                        minutes == null ? null : minutes.situation(), minutes == null ? null : minutes.conclusion(),
                        minutes == null ? null : minutes.clinicalNote(),
                        minutes == null ? null : JSON.writeValueAsString(minutes.tasks()),
                        minutes != null && minutes.finalised(), actor, Timestamp.from(at), m.id(), m.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentChangeException("Møtet");
        }
    }

    Optional<Meeting> byId(UUID id) {
        return jdbc.sql("SELECT * FROM meeting WHERE id = ?").param(id).query(Meetings::meeting).optional();
    }

    List<Meeting> ofPathway(UUID pathwayId) {
        return jdbc.sql("SELECT * FROM meeting WHERE pathway_id = ? ORDER BY starts_at, id").param(pathwayId)
                .query(Meetings::meeting).list();
    }

    void insertCorrection(MinutesCorrection c) {
        jdbc.sql("""
                INSERT INTO minutes_correction (id, meeting_id, old_situation, old_conclusion, reason, corrected_by,
                  corrected_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), c.meetingId(), c.oldSituation(), c.oldConclusion(), c.reason(),
                        c.correctedBy(), Timestamp.from(c.correctedAt()))
                .update();
    }

    List<MinutesCorrection> corrections(UUID meetingId) {
        return jdbc.sql("SELECT * FROM minutes_correction WHERE meeting_id = ? ORDER BY corrected_at DESC, id")
                .param(meetingId)
                .query((rs, n) -> new MinutesCorrection(meetingId, rs.getString("old_situation"),
                        rs.getString("old_conclusion"), rs.getString("reason"), rs.getString("corrected_by"),
                        rs.getTimestamp("corrected_at").toInstant()))
                .list();
    }

    private static Meeting meeting(ResultSet rs, int row) throws SQLException {
        String situation = rs.getString("situation");
        String conclusion = rs.getString("conclusion");
        String tasks = rs.getString("minute_tasks");
        Minutes minutes = situation == null && conclusion == null && tasks == null ? null
                : new Minutes(situation, conclusion, rs.getString("clinical_note"),
                tasks == null ? List.of() : JSON.readValue(tasks, new TypeReference<List<Minutes.MinuteTask>>() { }),
                rs.getBoolean("minutes_final"));
        return new Meeting(rs.getObject("id", UUID.class), rs.getObject("pathway_id", UUID.class),
                rs.getObject("person_id", UUID.class), MeetingType.valueOf(rs.getString("type")),
                MeetingStatus.valueOf(rs.getString("status")), rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(), rs.getString("place"), rs.getString("video_link"),
                JSON.readValue(rs.getString("participants"), new TypeReference<List<Participant>>() { }), minutes,
                rs.getInt("version"));
    }
}
