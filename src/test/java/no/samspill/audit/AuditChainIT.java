package no.samspill.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.samspill.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The access log is append-only in the database itself, and any tampering breaks the chain at a reported place. */
@IntegrationTest
class AuditChainIT {

    @Autowired AuditLog log;
    @Autowired AuditQueries queries;
    @Autowired JdbcClient jdbc;

    @Test
    void theDatabaseRefusesChangesAndDeletions() {
        log.appendReads(List.of(entry("kari.koordinator"))).join();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET username = 'noen' WHERE seq = 1").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry").update()).hasMessageContaining("append-only");
    }

    @Test
    void verificationFindsTheFirstAlteredEntry() {
        log.appendReads(List.of(entry("a"), entry("b"), entry("c"))).join();
        ChainVerification before = queries.verify();
        assertThat(before.intact()).isTrue();
        assertThat(before.checked()).isGreaterThanOrEqualTo(3);

        long target = jdbc.sql("SELECT max(seq) - 1 FROM audit_entry").query(Long.class).single();
        // Someone with database superuser rights switches the guard off and edits one entry.
        jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update();
        try {
            jdbc.sql("UPDATE audit_entry SET allowed = NOT allowed WHERE seq = ?").param(target).update();
        } finally {
            jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update").update();
        }
        ChainVerification after = queries.verify();
        assertThat(after.intact()).isFalse();
        assertThat(after.firstBrokenSequence()).isEqualTo(target);

        // Restore, so the shared test database stays intact for other tests.
        jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update();
        try {
            jdbc.sql("UPDATE audit_entry SET allowed = NOT allowed WHERE seq = ?").param(target).update();
        } finally {
            jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update").update();
        }
        assertThat(queries.verify().intact()).isTrue();
    }

    static AuditEntry entry(String user) {
        return new AuditEntry(Instant.now(), user, user, "Koordinator", "974000008", "Klinikk", UUID.randomUUID(),
                "Pathway", null, "ADMIN", AuditEntry.Action.READ, "FOLLOW_UP", null, true, "test");
    }
}
