package no.samspill.audit;

import static no.samspill.platform.SqlArrays.column;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appends entries to the chain. {@link #append}, inside the caller's transaction: locks and reads the chain's head
 * (one row, V98), and inserts the entries with consecutive sequence numbers and chained hashes while moving the head,
 * in one statement; the head's row lock, held to the commit, serialises appenders. {@link #appendAfter}, for the
 * group-commit writer: the same insert, conditional on the head being where the writer last left it, as one
 * auto-committed statement.
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
        Head head = jdbc.sql("SELECT seq, hash FROM audit_chain_head WHERE id FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        List<Link> links = chain(head, entries);
        Link last = links.get(links.size() - 1);
        template.update(con -> {
            PreparedStatement ps = con.prepareStatement("WITH appended AS (" + INSERT + ") "
                    + "UPDATE audit_chain_head SET seq = ?, hash = ? WHERE id");
            int i = bindColumns(ps, 1, links);
            ps.setLong(i++, last.seq());
            ps.setString(i, last.hash());
            return ps;
        });
    }

    /** The chain's head as it is now (no lock). */
    Head head() {
        return jdbc.sql("SELECT seq, hash FROM audit_chain_head WHERE id")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    /**
     * Appends the entries after {@code expected} without taking the head's lock first, in one statement that is its own
     * transaction (call it outside one): the head moves only if it is still {@code expected}, and the entries go in only
     * if it moved. A concurrent appender that holds the lock makes the statement wait for its commit, after which the
     * head no longer matches. One round trip instead of three (lock and read, insert, commit) for the group-commit
     * writer, which knows the head from its previous batch. {@code via}: the writer's own connection.
     *
     * @return the new head, or empty if another appender moved the head first (nothing was written)
     */
    Optional<Head> appendAfter(JdbcTemplate via, Head expected, List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return Optional.of(expected);
        }
        List<Link> links = chain(expected, entries);
        Link last = links.get(links.size() - 1);
        Long appended = via.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    WITH head AS (
                      UPDATE audit_chain_head SET seq = ?, hash = ? WHERE id AND seq = ? AND hash = ? RETURNING 1),
                    appended AS (""" + INSERT + " WHERE EXISTS (SELECT 1 FROM head) RETURNING 1) "
                    + "SELECT count(*) FROM appended");
            ps.setLong(1, last.seq());
            ps.setString(2, last.hash());
            ps.setLong(3, expected.seq());
            ps.setString(4, expected.hash());
            bindColumns(ps, 5, links);
            return ps;
        }, rs -> rs.next() ? rs.getLong(1) : 0L);
        return appended != null && appended == links.size() ? Optional.of(new Head(last.seq(), last.hash()))
                : Optional.empty();
    }

    /** The head of the chain: the newest entry's sequence number and hash. */
    record Head(long seq, String hash) {
    }

    private static final String INSERT = """
            INSERT INTO audit_entry (seq, at, username, display_name, role, organisation_number,
              organisation_name, person_id, resource_type, resource_id, category, action, purpose,
              consent_id, allowed, reason, basis, prev_hash, hash, person_ids, hash_version)
            SELECT seq, at, username, display_name, role, organisation_number, organisation_name,
              person_id, resource_type, resource_id, category, action, purpose, consent_id, allowed, reason, basis,
              prev_hash, hash, CAST(person_ids AS uuid[]), """ + AuditHash.CURRENT_VERSION + """
            
            FROM unnest(?::bigint[], ?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[],
              ?::text[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::uuid[],
              ?::boolean[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
              AS e (seq, at, username, display_name, role, organisation_number, organisation_name,
              person_id, resource_type, resource_id, category, action, purpose, consent_id, allowed, reason, basis,
              prev_hash, hash, person_ids)""";

    /** The entries with consecutive sequence numbers after the head, each hash chained to the one before. */
    private static List<Link> chain(Head head, List<AuditEntry> entries) {
        long seq = head.seq();
        String previous = head.hash();
        List<Link> links = new ArrayList<>(entries.size());
        for (AuditEntry raw : entries) {
            AuditEntry e = truncated(raw);
            seq++;
            String hash = AuditHash.of(previous, seq, e);
            links.add(new Link(seq, e, previous, hash));
            previous = hash;
        }
        return links;
    }

    /** Binds the twenty columns of {@link #INSERT} from parameter {@code i} on; gives the next parameter's index. */
    private static int bindColumns(PreparedStatement ps, int i, List<Link> links) throws java.sql.SQLException {
        java.sql.Connection con = ps.getConnection();
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
        ps.setArray(i++, column(con, "text", links, l -> l.entry().basis()));
        ps.setArray(i++, column(con, "text", links, Link::previous));
        ps.setArray(i++, column(con, "text", links, Link::hash));
        ps.setArray(i++, column(con, "text", links, l -> l.entry().listedPersons().isEmpty() ? null
                : l.entry().listedPersons().stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"))));
        return i;
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
                e.allowed(), reason, e.basis(), e.listedPersons());
    }
}
