package no.samspill.audit;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
        int size = entries.size();
        Long[] seqs = new Long[size];
        Timestamp[] at = new Timestamp[size];
        String[] usernames = new String[size];
        String[] displayNames = new String[size];
        String[] roles = new String[size];
        String[] organisationNumbers = new String[size];
        String[] organisationNames = new String[size];
        UUID[] persons = new UUID[size];
        String[] resourceTypes = new String[size];
        String[] resourceIds = new String[size];
        String[] categories = new String[size];
        String[] actions = new String[size];
        String[] purposes = new String[size];
        UUID[] consents = new UUID[size];
        Boolean[] allowed = new Boolean[size];
        String[] reasons = new String[size];
        String[] previousHashes = new String[size];
        String[] hashes = new String[size];
        String[] listed = new String[size];
        for (int i = 0; i < size; i++) {
            AuditEntry e = truncated(entries.get(i));
            seq++;
            String hash = AuditHash.of(previous, seq, e);
            seqs[i] = seq;
            at[i] = Timestamp.from(e.at());
            usernames[i] = e.username();
            displayNames[i] = e.displayName();
            roles[i] = e.role();
            organisationNumbers[i] = e.organisationNumber();
            organisationNames[i] = e.organisationName();
            persons[i] = e.personId();
            resourceTypes[i] = e.resourceType();
            resourceIds[i] = e.resourceId();
            categories[i] = e.category();
            actions[i] = e.action().name();
            purposes[i] = e.purpose();
            consents[i] = e.consentId();
            allowed[i] = e.allowed();
            reasons[i] = e.reason();
            previousHashes[i] = previous;
            hashes[i] = hash;
            listed[i] = e.listedPersons().isEmpty() ? null : e.listedPersons().stream().map(UUID::toString)
                    .collect(Collectors.joining(",", "{", "}"));
            previous = hash;
        }
        long last = seq;
        String lastHash = previous;
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
            ps.setArray(i++, con.createArrayOf("int8", seqs));
            ps.setArray(i++, con.createArrayOf("timestamptz", at));
            ps.setArray(i++, con.createArrayOf("text", usernames));
            ps.setArray(i++, con.createArrayOf("text", displayNames));
            ps.setArray(i++, con.createArrayOf("text", roles));
            ps.setArray(i++, con.createArrayOf("text", organisationNumbers));
            ps.setArray(i++, con.createArrayOf("text", organisationNames));
            ps.setArray(i++, con.createArrayOf("uuid", persons));
            ps.setArray(i++, con.createArrayOf("text", resourceTypes));
            ps.setArray(i++, con.createArrayOf("text", resourceIds));
            ps.setArray(i++, con.createArrayOf("text", categories));
            ps.setArray(i++, con.createArrayOf("text", actions));
            ps.setArray(i++, con.createArrayOf("text", purposes));
            ps.setArray(i++, con.createArrayOf("uuid", consents));
            ps.setArray(i++, con.createArrayOf("bool", allowed));
            ps.setArray(i++, con.createArrayOf("text", reasons));
            ps.setArray(i++, con.createArrayOf("text", previousHashes));
            ps.setArray(i++, con.createArrayOf("text", hashes));
            ps.setArray(i++, con.createArrayOf("text", listed));
            ps.setLong(i++, last);
            ps.setString(i, lastHash);
            return ps;
        });
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
