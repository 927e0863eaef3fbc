package no.samspill.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appends entries to the chain inside the caller's transaction: takes the chain lock (transaction-scoped advisory
 * lock), reads the last link, and inserts the entries with consecutive sequence numbers and chained hashes.
 */
@Component
class AuditAppender {

    private static final long CHAIN_LOCK = 0x5A4D5350_494C4CL;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AuditAppender(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void append(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query((rs, n) -> 1).list();
        var last = jdbc.sql("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional();
        long seq = last.map(l -> (Long) l[0]).orElse(0L);
        String previous = last.map(l -> (String) l[1]).orElse(AuditHash.GENESIS);
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (AuditEntry raw : entries) {
            AuditEntry e = truncated(raw);
            seq++;
            String hash = AuditHash.of(previous, seq, e);
            rows.add(new Object[] {seq, Timestamp.from(e.at()), e.username(), e.displayName(), e.role(),
                    e.organisationNumber(), e.organisationName(), e.personId(), e.resourceType(), e.resourceId(),
                    e.category(), e.action().name(), e.purpose(), e.consentId(), e.allowed(), e.reason(), previous,
                    hash, e.listedPersons().isEmpty() ? null : e.listedPersons().toArray(UUID[]::new)});
            previous = hash;
        }
        batch.batchUpdate("""
                INSERT INTO audit_entry (seq, at, username, display_name, role, organisation_number, organisation_name,
                  person_id, resource_type, resource_id, category, action, purpose, consent_id, allowed, reason,
                  prev_hash, hash, person_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** PostgreSQL keeps microseconds; hash what is stored, so verification recomputes the same value. */
    private static AuditEntry truncated(AuditEntry e) {
        Instant at = e.at().truncatedTo(ChronoUnit.MICROS);
        String reason = e.reason() == null || e.reason().length() <= 300 ? e.reason() : e.reason().substring(0, 300);
        return new AuditEntry(at, e.username(), e.displayName(), e.role(), e.organisationNumber(), e.organisationName(),
                e.personId(), e.resourceType(), e.resourceId(), e.category(), e.action(), e.purpose(), e.consentId(),
                e.allowed(), reason, e.listedPersons());
    }
}
