package no.samspill.access;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of relationships and consents (tables access_relationship, consent). */
@Repository
class AccessRecords {

    private final JdbcClient jdbc;

    AccessRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void link(Relationship r, String actor, Instant at) {
        jdbc.sql("""
                INSERT INTO access_relationship (id, person_id, party, organisation_number, user_ref, basis, valid_from,
                  valid_to, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (person_id, party, COALESCE(organisation_number, ''), COALESCE(user_ref, ''))
                DO UPDATE SET valid_to = NULL, basis = EXCLUDED.basis""")
                .params(UUID.randomUUID(), r.personId(), r.party().name(), r.organisationNumber(), r.userRef(), r.basis(),
                        Date.valueOf(r.validFrom()), r.validTo() == null ? null : Date.valueOf(r.validTo()), actor,
                        Timestamp.from(at))
                .update();
    }

    /** Ends a party's current relationships to a person at an organisation: they count up to and including {@code lastDay}. */
    void end(UUID personId, Party party, String organisationNumber, LocalDate lastDay) {
        jdbc.sql("""
                UPDATE access_relationship SET valid_to = ?
                WHERE person_id = ? AND party = ? AND organisation_number = ? AND (valid_to IS NULL OR valid_to > ?)""")
                .params(Date.valueOf(lastDay), personId, party.name(), organisationNumber, Date.valueOf(lastDay))
                .update();
    }

    List<Relationship> relationshipsOf(UUID personId) {
        return jdbc.sql("SELECT * FROM access_relationship WHERE person_id = ?").param(personId)
                .query(AccessRecords::relationship).list();
    }

    Map<UUID, List<Relationship>> relationshipsOf(Collection<UUID> personIds) {
        return jdbc.sql("SELECT * FROM access_relationship WHERE person_id = ANY(?)")
                .param(personIds.toArray(UUID[]::new))
                .query(AccessRecords::relationship).list().stream()
                .collect(Collectors.groupingBy(Relationship::personId));
    }

    /** The persons' relationships of one party (the unique index on person and party serves it). */
    Map<UUID, List<Relationship>> relationshipsOf(Collection<UUID> personIds, Party party) {
        return jdbc.sql("""
                SELECT person_id, party, organisation_number, user_ref, basis, valid_from, valid_to
                FROM access_relationship WHERE person_id = ANY(?) AND party = ?""")
                .params(personIds.toArray(UUID[]::new), party.name())
                .query(AccessRecords::relationship).list().stream()
                .collect(Collectors.groupingBy(Relationship::personId));
    }

    Map<UUID, List<Consent>> consentsOf(Collection<UUID> personIds) {
        return jdbc.sql("SELECT * FROM consent WHERE person_id = ANY(?) ORDER BY given_at DESC")
                .param(personIds.toArray(UUID[]::new))
                .query(AccessRecords::consent).list().stream()
                .collect(Collectors.groupingBy(Consent::personId));
    }

    /** The persons the viewer's party is related to (for lists such as a leader's employees or a GP's patients). */
    List<UUID> personsRelatedTo(Party party, String organisationNumber, List<String> userRefs, LocalDate today,
                                int limit) {
        String[] refs = userRefs == null ? null : userRefs.toArray(String[]::new);
        return jdbc.sql("""
                SELECT DISTINCT person_id FROM access_relationship
                WHERE party = ? AND (CAST(? AS text) IS NULL OR organisation_number = ?)
                  AND (CAST(? AS text[]) IS NULL OR user_ref = ANY(CAST(? AS text[])))
                  AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?) LIMIT ?""")
                .params(party.name(), organisationNumber, organisationNumber, refs, refs, Date.valueOf(today),
                        Date.valueOf(today), limit)
                .query((rs, n) -> rs.getObject(1, UUID.class)).list();
    }

    /** Persons among these with a standing objection to research use of their data. */
    java.util.Set<UUID> objectedToResearch(Collection<UUID> personIds) {
        return new java.util.HashSet<>(jdbc.sql("""
                SELECT person_id FROM research_objection WHERE person_id = ANY(?) AND withdrawn_at IS NULL""")
                .param(personIds.toArray(UUID[]::new)).query(UUID.class).list());
    }

    Optional<Instant> researchObjection(UUID personId) {
        return jdbc.sql("SELECT objected_at FROM research_objection WHERE person_id = ? AND withdrawn_at IS NULL")
                .param(personId).query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    /** Records an objection; false if one already stands. */
    boolean object(UUID personId, String actor, Instant at) {
        return jdbc.sql("""
                INSERT INTO research_objection (person_id, objected_at, recorded_by) VALUES (?, ?, ?)
                ON CONFLICT (person_id) DO UPDATE SET objected_at = EXCLUDED.objected_at,
                  recorded_by = EXCLUDED.recorded_by, withdrawn_at = NULL, withdrawn_by = NULL
                WHERE research_objection.withdrawn_at IS NOT NULL""")
                .params(personId, Timestamp.from(at), actor).update() == 1;
    }

    boolean withdrawObjection(UUID personId, String actor, Instant at) {
        return jdbc.sql("""
                UPDATE research_objection SET withdrawn_at = ?, withdrawn_by = ? WHERE person_id = ? AND withdrawn_at IS NULL""")
                .params(Timestamp.from(at), actor, personId).update() == 1;
    }

    void insert(Consent c) {
        jdbc.sql("""
                INSERT INTO consent (id, person_id, recipient_party, recipient_organisation, category, purpose, valid_from,
                  valid_until, given_by, given_how, given_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), c.personId(), c.recipient().name(), c.recipientOrganisation(), c.category().name(),
                        c.purpose().name(), Date.valueOf(c.validFrom()),
                        c.validUntil() == null ? null : Date.valueOf(c.validUntil()), c.givenBy(), c.givenHow().name(),
                        Timestamp.from(c.givenAt()))
                .update();
    }

    /** @return false if the consent was already withdrawn */
    boolean withdraw(UUID consentId, String actor, Instant at) {
        return jdbc.sql("UPDATE consent SET withdrawn_at = ?, withdrawn_by = ? WHERE id = ? AND withdrawn_at IS NULL")
                .params(Timestamp.from(at), actor, consentId).update() == 1;
    }

    List<Consent> consentsOf(UUID personId) {
        return jdbc.sql("SELECT * FROM consent WHERE person_id = ? ORDER BY given_at DESC").param(personId)
                .query(AccessRecords::consent).list();
    }

    Optional<Consent> consent(UUID id) {
        return jdbc.sql("SELECT * FROM consent WHERE id = ?").param(id).query(AccessRecords::consent).optional();
    }

    private static Relationship relationship(ResultSet rs, int n) throws SQLException {
        Date to = rs.getDate("valid_to");
        return new Relationship(rs.getObject("person_id", UUID.class), Party.valueOf(rs.getString("party")),
                rs.getString("organisation_number"), rs.getString("user_ref"), rs.getString("basis"),
                rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate());
    }

    private static Consent consent(ResultSet rs, int n) throws SQLException {
        Date until = rs.getDate("valid_until");
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        return new Consent(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                Party.valueOf(rs.getString("recipient_party")), rs.getString("recipient_organisation"),
                InformationCategory.valueOf(rs.getString("category")), Purpose.valueOf(rs.getString("purpose")),
                rs.getDate("valid_from").toLocalDate(), until == null ? null : until.toLocalDate(),
                rs.getString("given_by"), Consent.GivenHow.valueOf(rs.getString("given_how")),
                rs.getTimestamp("given_at").toInstant(), withdrawn == null ? null : withdrawn.toInstant(),
                rs.getString("withdrawn_by"));
    }
}
