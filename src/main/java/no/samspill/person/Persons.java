package no.samspill.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.identifiers.OrganisationNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of patients and employments (tables person, employment). */
@Repository
class Persons {

    private final JdbcClient jdbc;

    Persons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Patient> byId(PersonId id) {
        return jdbc.sql("SELECT * FROM person WHERE id = ?").param(id.value()).query(Persons::patient).optional();
    }

    Optional<Patient> byNationalId(NationalIdNumber nationalId) {
        return jdbc.sql("SELECT * FROM person WHERE national_id = ?").param(nationalId.value())
                .query(Persons::patient).optional();
    }

    void insert(Patient patient, Instant at) {
        jdbc.sql("""
                INSERT INTO person (id, national_id, given_name, family_name, phone, email, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(patient.id().value(), patient.nationalId().value(), patient.givenName(), patient.familyName(),
                        patient.phone(), patient.email(), Timestamp.from(at))
                .update();
    }

    void updateContact(Patient patient) {
        jdbc.sql("UPDATE person SET given_name = ?, family_name = ?, phone = ?, email = ?, version = version + 1 WHERE id = ?")
                .params(patient.givenName(), patient.familyName(), patient.phone(), patient.email(), patient.id().value())
                .update();
    }

    void insert(Employment employment, Instant at) {
        jdbc.sql("""
                INSERT INTO employment (id, person_id, employer_org_number, employer_name, occupation, leader_name,
                                        leader_phone, leader_email, leader_username, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(employment.id(), employment.personId().value(), employment.employer().value(),
                        employment.employerName(), employment.occupation(), employment.leaderName(),
                        employment.leaderPhone(), employment.leaderEmail(), employment.leaderUsername(),
                        Timestamp.from(at))
                .update();
    }

    /** Names (or renames) the nearest leader; false if the row changed since {@code version} was read. */
    boolean nameLeader(UUID employmentId, int version, String leader) {
        return jdbc.sql("UPDATE employment SET leader_username = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(leader, employmentId, version).update() == 1;
    }

    Optional<Employment> employment(UUID id) {
        return jdbc.sql("SELECT * FROM employment WHERE id = ?").param(id).query(Persons::employment).optional();
    }

    List<Employment> employmentsOf(PersonId personId) {
        return jdbc.sql("SELECT * FROM employment WHERE person_id = ? ORDER BY created_at").param(personId.value())
                .query(Persons::employment).list();
    }

    Map<PersonId, Patient> byIds(Collection<PersonId> ids) {
        Map<PersonId, Patient> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        UUID[] array = ids.stream().map(PersonId::value).distinct().toArray(UUID[]::new);
        jdbc.sql("SELECT * FROM person WHERE id = ANY(?)").param(array).query(Persons::patient).list()
                .forEach(p -> result.put(p.id(), p));
        return result;
    }

    /**
     * Persons each of whose name parts begins a given or family name (case ignored, by the database's lower() on both
     * sides), by name, at most {@code limit}. Read with the prefix indexes on lower(given_name) and lower(family_name)
     * (V111).
     */
    List<PersonId> idsWithNamesBeginning(List<String> parts, int limit) {
        StringBuilder sql = new StringBuilder("SELECT id FROM person WHERE true");
        List<Object> params = new ArrayList<>();
        for (String part : parts) {
            sql.append(" AND (lower(given_name) LIKE lower(?) OR lower(family_name) LIKE lower(?))");
            String prefix = part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(prefix);
            params.add(prefix);
        }
        sql.append(" ORDER BY family_name, given_name, id LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new PersonId(rs.getObject(1, UUID.class)))
                .list();
    }

    Optional<PersonId> idOf(NationalIdNumber nationalId) {
        return jdbc.sql("SELECT id FROM person WHERE national_id = ?").param(nationalId.value())
                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).optional();
    }

    private static Patient patient(ResultSet rs, int row) throws SQLException {
        return new Patient(new PersonId(rs.getObject("id", UUID.class)), NationalIdNumber.parse(rs.getString("national_id")),
                rs.getString("given_name"), rs.getString("family_name"), rs.getString("phone"), rs.getString("email"));
    }

    private static Employment employment(ResultSet rs, int row) throws SQLException {
        return new Employment(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
                OrganisationNumber.parse(rs.getString("employer_org_number")), rs.getString("employer_name"),
                rs.getString("occupation"), rs.getString("leader_name"), rs.getString("leader_phone"),
                rs.getString("leader_email"), rs.getString("leader_username"), rs.getInt("version"));
    }
}
