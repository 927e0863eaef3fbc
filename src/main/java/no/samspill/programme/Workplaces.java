package no.samspill.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samspill.identifiers.OrganisationNumber;
import no.samspill.shared.ConcurrentChangeException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of workplaces with their contact persons and health contributors. */
@Repository
class Workplaces {

    private final JdbcClient jdbc;

    Workplaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Workplace w, String actor, Instant at) {
        jdbc.sql("""
                INSERT INTO programme_workplace (id, organisation_number, name, sector, headcount, cohort_id,
                  enrolled_by, enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(w.id(), w.organisationNumber().value(), w.name(), w.sector().name(), w.headcount(),
                        w.cohortId(), actor, Timestamp.from(at))
                .update();
        insertPeople(w);
    }

    /** Saves the changed details, contact persons and health contributors; a stale version is refused. */
    void update(Workplace w) {
        int rows = jdbc.sql("""
                UPDATE programme_workplace SET name = ?, sector = ?, headcount = ?, cohort_id = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(w.name(), w.sector().name(), w.headcount(), w.cohortId(), w.id(), w.version()).update();
        if (rows == 0) {
            throw new ConcurrentChangeException("Arbeidsplassen");
        }
        jdbc.sql("DELETE FROM programme_contact_person WHERE workplace_id = ?").param(w.id()).update();
        jdbc.sql("DELETE FROM programme_health_contributor WHERE workplace_id = ?").param(w.id()).update();
        insertPeople(w);
    }

    void withdraw(UUID id, java.time.LocalDate on, String actor, int version) {
        int rows = jdbc.sql("""
                UPDATE programme_workplace SET withdrawn_on = ?, withdrawn_by = ?, version = version + 1
                WHERE id = ? AND version = ? AND withdrawn_on IS NULL""")
                .params(java.sql.Date.valueOf(on), actor, id, version).update();
        if (rows == 0) {
            throw new ConcurrentChangeException("Arbeidsplassen");
        }
    }

    private void insertPeople(Workplace w) {
        for (int i = 0; i < w.contacts().size(); i++) {
            ContactPerson c = w.contacts().get(i);
            jdbc.sql("INSERT INTO programme_contact_person (workplace_id, position, name, title, email, phone) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(w.id(), i, c.name(), c.title(), c.email(), c.phone()).update();
        }
        for (int i = 0; i < w.contributors().size(); i++) {
            HealthContributor h = w.contributors().get(i);
            jdbc.sql("INSERT INTO programme_health_contributor (workplace_id, position, name, profession, organisation) VALUES (?, ?, ?, ?, ?)")
                    .params(w.id(), i, h.name(), h.profession(), h.organisation()).update();
        }
    }

    void updateArm(UUID id, Arm arm, int version) {
        int rows = jdbc.sql("UPDATE programme_workplace SET arm = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(arm.name(), id, version).update();
        if (rows == 0) {
            throw new ConcurrentChangeException("Arbeidsplassen");
        }
    }

    boolean exists(OrganisationNumber number) {
        return jdbc.sql("SELECT count(*) FROM programme_workplace WHERE organisation_number = ?").param(number.value())
                .query(Integer.class).single() > 0;
    }

    Optional<Workplace> byId(UUID id) {
        return jdbc.sql("SELECT * FROM programme_workplace WHERE id = ?").param(id).query(Workplaces::row).optional()
                .map(w -> withPeople(List.of(w)).get(0));
    }

    Optional<Workplace> byOrganisationNumber(String number) {
        return jdbc.sql("SELECT * FROM programme_workplace WHERE organisation_number = ?").param(number)
                .query(Workplaces::row).optional()
                .map(w -> withPeople(List.of(w)).get(0));
    }

    List<Workplace> all() {
        return withPeople(jdbc.sql("SELECT * FROM programme_workplace ORDER BY name").query(Workplaces::row).list());
    }

    List<Workplace> inCohort(UUID cohortId) {
        return withPeople(jdbc.sql("SELECT * FROM programme_workplace WHERE cohort_id = ? ORDER BY name").param(cohortId)
                .query(Workplaces::row).list());
    }

    /** The given workplaces that exist, by id. */
    Map<UUID, Workplace> byIds(Collection<UUID> ids) {
        Map<UUID, Workplace> result = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            withPeople(jdbc.sql("SELECT * FROM programme_workplace WHERE id = ANY(?)")
                    .param(ids.stream().distinct().toArray(UUID[]::new)).query(Workplaces::row).list())
                    .forEach(w -> result.put(w.id(), w));
        }
        return result;
    }

    /** One workplace row; its contact persons and health contributors are read for all rows at once. */
    private static Workplace row(ResultSet rs, int row) throws SQLException {
        String arm = rs.getString("arm");
        return new Workplace(rs.getObject("id", UUID.class), new OrganisationNumber(rs.getString("organisation_number")),
                rs.getString("name"), Sector.valueOf(rs.getString("sector")), rs.getInt("headcount"),
                rs.getObject("cohort_id", UUID.class), arm == null ? null : Arm.valueOf(arm), List.of(), List.of(),
                Runs.localDate(rs.getDate("withdrawn_on")), rs.getInt("version"));
    }

    /** The workplaces with their contact persons and health contributors, two queries for the lot. */
    private List<Workplace> withPeople(List<Workplace> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        UUID[] ids = rows.stream().map(Workplace::id).toArray(UUID[]::new);
        Map<UUID, List<ContactPerson>> contacts = new HashMap<>();
        jdbc.sql("SELECT * FROM programme_contact_person WHERE workplace_id = ANY(?) ORDER BY workplace_id, position")
                .param(ids).query((r, n) -> contacts.computeIfAbsent(r.getObject("workplace_id", UUID.class),
                        k -> new ArrayList<>()).add(new ContactPerson(r.getString("name"), r.getString("title"),
                        r.getString("email"), r.getString("phone")))).list();
        Map<UUID, List<HealthContributor>> contributors = new HashMap<>();
        jdbc.sql("SELECT * FROM programme_health_contributor WHERE workplace_id = ANY(?) ORDER BY workplace_id, position")
                .param(ids).query((r, n) -> contributors.computeIfAbsent(r.getObject("workplace_id", UUID.class),
                        k -> new ArrayList<>()).add(new HealthContributor(r.getString("name"), r.getString("profession"),
                        r.getString("organisation")))).list();
        return rows.stream().map(w -> new Workplace(w.id(), w.organisationNumber(), w.name(), w.sector(), w.headcount(),
                w.cohortId(), w.arm(), List.copyOf(contacts.getOrDefault(w.id(), List.of())),
                List.copyOf(contributors.getOrDefault(w.id(), List.of())), w.withdrawnOn(), w.version())).toList();
    }
}
