package no.samspill.audit;

import static no.samspill.platform.SqlArrays.column;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appends entries to the chain inside the caller's transaction: locks and reads the chain's head (one row, V98), and
 * inserts the entries with consecutive sequence numbers and chained hashes while moving the head, in one statement.
 * The head's row lock, held to the commit, serialises appenders.
 */
@Component
class AuditAppender {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AuditAppender(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void append(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Object[] head = jdbc.sql("SELECT seq, hash FROM audit_chain_head FOR UPDATE")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        long seq = (Long) head[0];
        String previous = (String) head[1];
        List<Link> links = new ArrayList<>(entries.size());
        for (AuditEntry raw : entries) {
            AuditEntry e = truncated(raw);
            seq++;
            String hash = AuditHash.of(previous, seq, e);
            links.add(new Link(seq, e, previous, hash));
            previous = hash;
        }
        Link last = links.get(links.size() - 1);
        template.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    WITH appended AS (
                      INSERT INTO audit_entry (seq, at, username, display_name, role, organisation_number,
                        organisation_name, person_id, resource_type, resource_id, category, action, purpose,
                        consent_id, allowed, reason, prev_hash, hash, person_ids)
                      SELECT seq, at, username, display_name, role, organisation_number, organisation_name,
                        person_id, resource_type, resource_id, category, action, purpose, consent_id, allowed, reason,
                        prev_hash, hash, CAST(person_ids AS uuid[])
                      FROM unnest(?::bigint[], ?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::uuid[],
                        ?::boolean[], ?::text[], ?::text[], ?::text[], ?::text[])
                        AS e (seq, at, username, display_name, role, organisation_number, organisation_name,
                        person_id, resource_type, resource_id, category, action, purpose, consent_id, allowed, reason,
                        prev_hash, hash, person_ids))
                    UPDATE audit_chain_head SET seq = ?, hash = ?""");
            int i = 1;
            ps.setArray(i++, column(con, "int8", links, Link::seq));
            ps.setArray(i++, column(con, "timestamptz", links, l -> Timestamp.from(l.entry().at())));
            ps.setArray(i++, column(con, "text", links, l -> l.entry().username()));
            ps.setArray(i++, column(con, "text", links, l -> l.entry().displayName()));
            ps.setArray(i++, column(con, "text", links, l -> l.entry().role()));
            ps.setArray(i++, column(con, "text", links, l -> l.entry().organisationNumber()));
            ps.setArray(i++, column(con, "text", links, l -> l.entry().organisationName()));
            ps.setArray(i++, column(con, "uuid", links, l -> l.entry().personId()));
            ps.setArray(i++, column(con, "text", links, l -> l.entry().resourceType()));
            ps.setArray(i++, column(con, "text", links, l -> l.entry().resourceId()));
            ps.setArray(i++, column(con, "text", links, l -> l.entry().category()));
            ps.setArray(i++, column(con, "text", links, l -> l.entry().action().name()));
            ps.setArray(i++, column(con, "text", links, l -> l.entry().purpose()));
            ps.setArray(i++, column(con, "uuid", links, l -> l.entry().consentId()));
            ps.setArray(i++, column(con, "bool", links, l -> l.entry().allowed()));
            ps.setArray(i++, column(con, "text", links, l -> l.entry().reason()));
            ps.setArray(i++, column(con, "text", links, Link::previous));
            ps.setArray(i++, column(con, "text", links, Link::hash));
            ps.setArray(i++, column(con, "text", links, l -> l.entry().listedPersons().isEmpty() ? null
                    : l.entry().listedPersons().stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"))));
            ps.setLong(i++, last.seq());
            ps.setString(i, last.hash());
            return ps;
        });
    }

    /** One entry as chained: its sequence number, the previous entry's hash and its own. */
    private record Link(long seq, AuditEntry entry, String previous, String hash) {
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
