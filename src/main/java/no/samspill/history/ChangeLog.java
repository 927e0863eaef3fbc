package no.samspill.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records changes and lists them per person, newest first, limited to the categories the viewer may read. */
@Service
public class ChangeLog {

    private final JdbcClient jdbc;
    private final PersonDataAccess access;

    ChangeLog(JdbcClient jdbc, PersonDataAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** Must run inside the transaction of the change it records. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(ChangeRecord change) {
        jdbc.sql("""
                INSERT INTO change_record (person_id, entity_type, entity_id, action, actor, at, detail, category,
                  clinic_org_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(change.personId(), change.entityType(), change.entityId(), change.action(), change.actor(),
                        Timestamp.from(change.at()), change.detail(), change.category().name(), change.clinicOrgNumber())
                .update();
    }

    @Transactional(readOnly = true)
    public List<ChangeRecord> forPerson(UUID personId, int limit) {
        access.requireRead(personId, InformationCategory.ADMIN, "History", null);
        String[] categories = Arrays.stream(InformationCategory.values())
                .filter(c -> c == InformationCategory.ADMIN || access.mayRead(personId, c))
                .map(Enum::name).toArray(String[]::new);
        // Changes on a pathway or referral are shown only to those who may read that clinic's pathways: a clinic team
        // only its own clinic's, everyone else (already allowed the person) every clinic's.
        String clinic = access.onlyClinic(personId, InformationCategory.ADMIN).orElse(null);
        List<ChangeRecord> changes = jdbc.sql("""
                SELECT person_id, entity_type, entity_id, action, actor, at, detail, category, clinic_org_number
                FROM change_record
                WHERE person_id = ? AND category = ANY(?)
                  AND (clinic_org_number IS NULL OR CAST(? AS text) IS NULL OR clinic_org_number = ?)
                ORDER BY at DESC, id DESC LIMIT ?""")
                .params(personId, categories, clinic, clinic, limit)
                .query((rs, n) -> new ChangeRecord(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), rs.getString(7), InformationCategory.valueOf(rs.getString(8)),
                        rs.getString(9)))
                .list();
        // Changes to work-function or health data are read as such: logged in their category, with any consent.
        changes.stream().map(ChangeRecord::category).filter(c -> c != InformationCategory.ADMIN).distinct()
                .forEach(c -> access.requireRead(personId, c, "History", null));
        return changes;
    }

    public static ChangeRecord change(UUID personId, String entityType, UUID entityId, String action, String actor,
                                      Instant at, String detail, InformationCategory category) {
        return new ChangeRecord(personId, entityType, entityId, action, actor, at, detail, category, null);
    }
}
