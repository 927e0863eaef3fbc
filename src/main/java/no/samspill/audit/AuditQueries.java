package no.samspill.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the access log: a person's view, the security officer's search, and verification of the chain. */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final AuditAppender appender;

    AuditQueries(JdbcClient jdbc, JdbcTemplate streaming, AuditAppender appender) {
        this.jdbc = jdbc;
        this.streaming = streaming;
        this.appender = appender;
    }

    /** Who has read or changed this person's data (allowed accesses by others than the person), newest first. */
    public List<LoggedAccess> accessesTo(UUID personId, String excludingUsername, int limit) {
        return jdbc.sql("""
                SELECT * FROM audit_entry
                WHERE (person_id = ? OR person_ids @> ARRAY[CAST(? AS uuid)]) AND allowed AND username <> ?
                ORDER BY seq DESC LIMIT ?""")
                .params(personId, personId, excludingUsername == null ? "" : excludingUsername, limit)
                .query(AuditQueries::logged).list();
    }

    /** Search by user, person and period (any may be null), newest first. */
    public List<LoggedAccess> search(String username, UUID personId, Instant from, Instant to, Boolean allowed, int limit) {
        return jdbc.sql("""
                SELECT * FROM audit_entry
                WHERE (CAST(? AS text) IS NULL OR username = ?)
                  AND (CAST(? AS uuid) IS NULL OR person_id = ? OR person_ids @> ARRAY[CAST(? AS uuid)])
                  AND (CAST(? AS timestamptz) IS NULL OR at >= ?)
                  AND (CAST(? AS timestamptz) IS NULL OR at < ?)
                  AND (CAST(? AS boolean) IS NULL OR allowed = ?)
                ORDER BY seq DESC LIMIT ?""")
                .params(username, username, personId, personId, personId, ts(from), ts(from), ts(to), ts(to), allowed,
                        allowed, limit)
                .query(AuditQueries::logged).list();
    }

    /** Recomputes every hash in order, streaming, and reports the first entry whose link does not hold. */
    public ChainVerification verify() {
        // The head is read first: every entry up to it was committed with it, so the walk must reach it and end on
        // its hash. A chain cut short at its newest end (entries deleted with the guard switched off) is found here.
        AuditAppender.Head head = appender.head();
        long headSeq = head.seq();
        String headHash = head.hash();
        AtomicLong checked = new AtomicLong();
        AtomicReference<String> previous = new AtomicReference<>(AuditHash.GENESIS);
        AtomicLong expectedSeq = new AtomicLong(1);
        AtomicReference<ChainVerification> broken = new AtomicReference<>();
        streaming.setFetchSize(1000);
        streaming.query("SELECT * FROM audit_entry ORDER BY seq", rs -> {
            if (broken.get() != null) {
                return;
            }
            LoggedAccess row = logged(rs, 0);
            String storedPrev = rs.getString("prev_hash");
            String storedHash = rs.getString("hash");
            if (row.sequence() != expectedSeq.get()) {
                broken.set(new ChainVerification(checked.get(), expectedSeq.get(), "Oppføring mangler i rekken"));
            } else if (!storedPrev.equals(previous.get())) {
                broken.set(new ChainVerification(checked.get(), row.sequence(), "Peker ikke til forrige oppføring"));
            } else if (!storedHash.equals(expectedHash(rs.getInt("hash_version"), storedPrev, row))) {
                broken.set(new ChainVerification(checked.get(), row.sequence(), "Innholdet er endret"));
            } else if (row.sequence() == headSeq && !storedHash.equals(headHash)) {
                broken.set(new ChainVerification(checked.get(), row.sequence(), "Stemmer ikke med kjedens hode"));
            } else {
                previous.set(storedHash);
                expectedSeq.incrementAndGet();
                checked.incrementAndGet();
            }
        });
        if (broken.get() == null && checked.get() < headSeq) {
            return new ChainVerification(checked.get(), checked.get() + 1, "De nyeste oppføringene mangler");
        }
        return broken.get() != null ? broken.get() : new ChainVerification(checked.get(), null, null);
    }

    /** The hash the entry should have under its version; null (never equal) for a version that does not exist. */
    private static String expectedHash(int version, String previous, LoggedAccess row) {
        try {
            return AuditHash.of(version, previous, row.sequence(), row.entry());
        } catch (IllegalArgumentException unknownVersion) {
            return null;
        }
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static LoggedAccess logged(ResultSet rs, int n) throws SQLException {
        return new LoggedAccess(rs.getLong("seq"), new AuditEntry(rs.getTimestamp("at").toInstant(),
                rs.getString("username"), rs.getString("display_name"), rs.getString("role"),
                rs.getString("organisation_number"), rs.getString("organisation_name"),
                rs.getObject("person_id", UUID.class), rs.getString("resource_type"), rs.getString("resource_id"),
                rs.getString("category"), AuditEntry.Action.valueOf(rs.getString("action")), rs.getString("purpose"),
                rs.getObject("consent_id", UUID.class), rs.getBoolean("allowed"), rs.getString("reason"),
                rs.getString("basis"), listed(rs.getArray("person_ids"))));
    }

    private static List<UUID> listed(java.sql.Array array) throws SQLException {
        return array == null ? List.of() : List.of((UUID[]) array.getArray());
    }
}
