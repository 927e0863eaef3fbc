package no.samspill.pathway;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samspill.person.PersonId;
import no.samspill.shared.ConcurrentChangeException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of pathways (table pathway). Updates are optimistic: they name the version they were read at. */
@Repository
class Pathways {

    private final JdbcClient jdbc;

    Pathways(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Pathway p, String actor, Instant at) {
        jdbc.sql("""
                INSERT INTO pathway (id, person_id, referral_id, clinic_org_number, coordinator, state, opened_on,
                  updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.id(), p.personId().value(), p.referralId(), p.clinicOrgNumber(), p.coordinator(),
                        p.state().name(), Date.valueOf(p.openedOn()), Timestamp.from(at), actor)
                .update();
    }

    void update(Pathway p, String actor, Instant at) {
        int rows = jdbc.sql("""
                UPDATE pathway SET coordinator = ?, state = ?, closed_on = ?, outcome = ?, closing_note = ?,
                  updated_at = ?, updated_by = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(p.coordinator(), p.state().name(), p.closedOn() == null ? null : Date.valueOf(p.closedOn()),
                        p.outcome() == null ? null : p.outcome().name(), p.closingNote(), Timestamp.from(at), actor,
                        p.id(), p.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentChangeException("Forløpet");
        }
    }

    Optional<Pathway> byId(UUID id) {
        return jdbc.sql("SELECT * FROM pathway WHERE id = ?").param(id).query(Pathways::pathway).optional();
    }

    /** The given pathways that exist, in no particular order; one query. */
    List<Pathway> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM pathway WHERE id = ANY(?)").param(ids.stream().distinct().toArray(UUID[]::new))
                .query(Pathways::pathway).list();
    }

    Optional<String> clinicOf(UUID id) {
        return jdbc.sql("SELECT clinic_org_number FROM pathway WHERE id = ?").param(id).query(String.class).optional();
    }

    Map<UUID, String> clinicsOf(Collection<UUID> ids) {
        Map<UUID, String> clinics = new HashMap<>();
        jdbc.sql("SELECT id, clinic_org_number FROM pathway WHERE id = ANY(?)").param(ids.toArray(UUID[]::new))
                .query(rs -> {
                    clinics.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return clinics;
    }

    Optional<Pathway> byReferral(UUID referralId) {
        return jdbc.sql("SELECT * FROM pathway WHERE referral_id = ?").param(referralId).query(Pathways::pathway).optional();
    }

    /** person id → ids of their open pathways, newest (by opening date) first, for several persons in one query. */
    Map<UUID, List<UUID>> openOf(Collection<UUID> personIds) {
        Map<UUID, List<UUID>> open = new HashMap<>();
        jdbc.sql("""
                SELECT person_id, id FROM pathway
                WHERE person_id = ANY(?) AND state <> 'CLOSED' ORDER BY person_id, opened_on DESC, id""")
                .param(personIds.toArray(UUID[]::new))
                .query((ResultSet rs) -> {
                    open.computeIfAbsent(rs.getObject(1, UUID.class), p -> new ArrayList<>())
                            .add(rs.getObject(2, UUID.class));
                });
        return open;
    }

    List<Pathway> openOf(PersonId personId) {
        // in id order, so that two derivations for one person lock the pathways' rows in the same order
        return jdbc.sql("SELECT * FROM pathway WHERE person_id = ? AND state <> 'CLOSED' ORDER BY id")
                .param(personId.value())
                .query(Pathways::pathway).list();
    }

    List<Pathway> ofPerson(PersonId personId) {
        return jdbc.sql("SELECT * FROM pathway WHERE person_id = ? ORDER BY opened_on DESC").param(personId.value())
                .query(Pathways::pathway).list();
    }

    List<Pathway> withoutCoordinator(String clinic, int limit) {
        return jdbc.sql("""
                SELECT * FROM pathway WHERE clinic_org_number = ? AND coordinator IS NULL AND state <> 'CLOSED'
                ORDER BY opened_on, id LIMIT ?""")
                .params(clinic, limit).query(Pathways::pathway).list();
    }

    List<Pathway> ofClinic(String clinic, PathwayState state, int limit, int offset) {
        return jdbc.sql("""
                SELECT * FROM pathway WHERE clinic_org_number = ? AND (CAST(? AS text) IS NULL OR state = ?)
                ORDER BY opened_on DESC, id LIMIT ? OFFSET ?""")
                .params(clinic, state == null ? null : state.name(), state == null ? null : state.name(), limit, offset)
                .query(Pathways::pathway).list();
    }

    /**
     * A clinic's pathways, newest first, optionally of one state and of some persons (null: everyone). Indexed by
     * (clinic, opened_on) or (clinic, state, opened_on); with persons, by person.
     */
    List<Pathway> ofClinic(String clinic, PathwayState state, List<PersonId> persons, int limit, long offset) {
        // Only the conditions in use are in the statement, so every plan (also a cached generic one) can use them.
        StringBuilder sql = new StringBuilder("SELECT * FROM pathway WHERE clinic_org_number = ?");
        List<Object> params = new ArrayList<>(List.of(clinic));
        if (state != null) {
            sql.append(" AND state = ?");
            params.add(state.name());
        }
        if (persons != null) {
            sql.append(" AND person_id = ANY(?)");
            params.add(persons.stream().map(PersonId::value).toArray(UUID[]::new));
        }
        sql.append(" ORDER BY opened_on DESC, id LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString()).params(params).query(Pathways::pathway).list();
    }

    /** A page of pathways in (person, id) order after the given key, optionally of one clinic (keyset paging). */
    List<Pathway> exportPage(String clinic, UUID afterPerson, UUID afterId, int size) {
        return jdbc.sql("""
                SELECT * FROM pathway
                WHERE (CAST(? AS varchar) IS NULL OR clinic_org_number = ?)
                  AND (CAST(? AS uuid) IS NULL OR (person_id, id) > (?, ?))
                ORDER BY person_id, id LIMIT ?""")
                .params(clinic, clinic, afterPerson, afterPerson, afterId, size).query(Pathways::pathway).list();
    }

    long countForExport(String clinic) {
        return jdbc.sql("SELECT count(*) FROM pathway WHERE CAST(? AS varchar) IS NULL OR clinic_org_number = ?")
                .params(clinic, clinic).query(Long.class).single();
    }

    private static Pathway pathway(ResultSet rs, int row) throws SQLException {
        Date closed = rs.getDate("closed_on");
        String outcome = rs.getString("outcome");
        return new Pathway(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
                rs.getObject("referral_id", UUID.class), rs.getString("clinic_org_number"), rs.getString("coordinator"),
                PathwayState.valueOf(rs.getString("state")), rs.getDate("opened_on").toLocalDate(),
                closed == null ? null : closed.toLocalDate(), outcome == null ? null : Outcome.valueOf(outcome),
                rs.getString("closing_note"), rs.getInt("version"));
    }

    static LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
