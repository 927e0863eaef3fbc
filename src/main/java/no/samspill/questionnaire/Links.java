package no.samspill.questionnaire;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samspill.instrument.InstrumentRef;
import no.samspill.person.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal links (table questionnaire_link), found by the SHA-256 of their token. */
@Repository
class Links {

    private final JdbcClient jdbc;

    Links(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(byte[] tokenHash, UUID roundId, Instant expiresAt, String createdBy, Instant at) {
        jdbc.sql("""
                INSERT INTO questionnaire_link (token_hash, round_id, expires_at, created_by, created_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(tokenHash, roundId, Timestamp.from(expiresAt), createdBy, Timestamp.from(at)).update();
    }

    /** A new link replaces the round's earlier unused ones. */
    void revokeOpen(UUID roundId, Instant at) {
        jdbc.sql("UPDATE questionnaire_link SET revoked_at = ? WHERE round_id = ? AND used_at IS NULL AND revoked_at IS NULL")
                .params(Timestamp.from(at), roundId).update();
    }

    /** Revokes every unused link of these rounds. */
    void revokeOpen(List<UUID> roundIds, Instant at) {
        for (UUID roundId : roundIds) {
            revokeOpen(roundId, at);
        }
    }

    void markUsed(byte[] tokenHash, Instant at) {
        jdbc.sql("UPDATE questionnaire_link SET used_at = ? WHERE token_hash = ?").params(Timestamp.from(at), tokenHash)
                .update();
    }

    /** The link with its round and the round's instruments; {@code lock} holds the link row to the transaction's end. */
    Optional<LinkedRound> find(byte[] tokenHash, boolean lock) {
        return jdbc.sql("""
                SELECT l.expires_at, l.used_at, l.revoked_at, r.id, r.pathway_id, r.person_id, r.label, r.due_date,
                       r.completed_at, a.instruments
                FROM questionnaire_link l
                JOIN questionnaire_round r ON r.id = l.round_id
                JOIN questionnaire_assignment a ON a.id = r.assignment_id
                WHERE l.token_hash = ?""" + (lock ? " FOR UPDATE OF l, r" : ""))
                .param(tokenHash)
                .query((rs, n) -> new LinkedRound(tokenHash, rs.getTimestamp(1).toInstant(), rs.getTimestamp(2) != null,
                        rs.getTimestamp(3) != null, rs.getObject(4, UUID.class), rs.getObject(5, UUID.class),
                        new PersonId(rs.getObject(6, UUID.class)), rs.getString(7), rs.getDate(8).toLocalDate(),
                        rs.getTimestamp(9) != null, Assignments.split(rs.getString(10))))
                .optional();
    }

    record LinkedRound(byte[] tokenHash, Instant expiresAt, boolean used, boolean revoked, UUID roundId, UUID pathwayId,
                       PersonId personId, String label, LocalDate dueDate, boolean roundCompleted,
                       List<InstrumentRef> instruments) {

        LinkNotUsableException.Reason problem(Instant now) {
            if (used || roundCompleted) {
                return LinkNotUsableException.Reason.USED;
            }
            if (revoked || !now.isBefore(expiresAt)) {
                return LinkNotUsableException.Reason.EXPIRED;
            }
            return null;
        }
    }
}
