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
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

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

    @Test
    void verificationFindsAChangedDisplayNameOrBasisOrAnEntryPassedOffAsAnOlderHashVersion() {
        log.appendReads(List.of(entry("z"))).join();
        long target = jdbc.sql("SELECT max(seq) FROM audit_entry").query(Long.class).single();
        assertThat(jdbc.sql("SELECT hash_version || ' ' || basis FROM audit_entry WHERE seq = ?").param(target)
                .query(String.class).single()).isEqualTo(AuditHash.CURRENT_VERSION + " NEAREST_LEADER");
        for (String tampering : List.of("display_name = 'Noen Andre'", "basis = 'CLINIC_PATHWAY'", "basis = NULL",
                "hash_version = 1", "hash_version = 2", "hash_version = 2, basis = NULL", "hash_version = 9")) {
            String undo = jdbc.sql("SELECT 'display_name = ' || quote_literal(display_name) || ', hash_version = ' "
                    + "|| hash_version || ', basis = ' || quote_nullable(basis) FROM audit_entry WHERE seq = ?")
                    .param(target).query(String.class).single();
            jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update();
            try {
                jdbc.sql("UPDATE audit_entry SET " + tampering + " WHERE seq = ?").param(target).update();
                ChainVerification after = queries.verify();
                assertThat(after.intact()).as(tampering).isFalse();
                assertThat(after.firstBrokenSequence()).as(tampering).isEqualTo(target);
            } finally {
                jdbc.sql("UPDATE audit_entry SET " + undo + " WHERE seq = ?").param(target).update();
                jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update").update();
            }
        }
        assertThat(queries.verify().intact()).isTrue();
    }

    @Test
    void anEntryWrittenAsVersionTwoBeforeTheBasisWasRecordedStillVerifies() {
        // As AuditAppender wrote entries under V118: hash version 2, no basis column value.
        AuditEntry old = new AuditEntry(Instant.parse("2026-11-20T09:00:00.123456Z"), "gammel", "Gammel Bruker",
                "Koordinator", "974000008", "Klinikk", UUID.randomUUID(), "Pathway", null, "ADMIN",
                AuditEntry.Action.READ, "FOLLOW_UP", null, true, "før V119", null);
        transactions.executeWithoutResult(status -> {
            AuditAppender.Head head = jdbc.sql("SELECT seq, hash FROM audit_chain_head FOR UPDATE")
                    .query((rs, n) -> new AuditAppender.Head(rs.getLong(1), rs.getString(2))).single();
            long seq = head.seq() + 1;
            String hash = AuditHash.of(2, head.hash(), seq, old);
            jdbc.sql("""
                    INSERT INTO audit_entry (seq, at, username, display_name, role, organisation_number,
                      organisation_name, person_id, resource_type, category, action, purpose, allowed, reason,
                      prev_hash, hash, hash_version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2)""")
                    .params(seq, java.sql.Timestamp.from(old.at()), old.username(), old.displayName(), old.role(),
                            old.organisationNumber(), old.organisationName(), old.personId(), old.resourceType(),
                            old.category(), old.action().name(), old.purpose(), old.allowed(), old.reason(),
                            head.hash(), hash)
                    .update();
            jdbc.sql("UPDATE audit_chain_head SET seq = ?, hash = ?").params(seq, hash).update();
        });
        log.appendReads(List.of(entry("ny"))).join();
        assertThat(queries.verify().intact()).isTrue();
    }

    @Test
    void verificationFindsTheNewestEntriesDeleted() {
        log.appendReads(List.of(entry("x"), entry("y"))).join();
        long newest = jdbc.sql("SELECT max(seq) FROM audit_entry").query(Long.class).single();
        jdbc.sql("CREATE TABLE kept_audit_entry_test AS SELECT * FROM audit_entry WHERE seq = ?").param(newest).update();
        // Someone with database superuser rights switches the guard off and removes the newest entry.
        jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update();
        try {
            jdbc.sql("DELETE FROM audit_entry WHERE seq = ?").param(newest).update();
        } finally {
            jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update").update();
        }
        try {
            ChainVerification cut = queries.verify();
            assertThat(cut.intact()).isFalse();
            assertThat(cut.firstBrokenSequence()).isEqualTo(newest);
            assertThat(cut.problem()).isEqualTo("De nyeste oppføringene mangler");
        } finally {
            jdbc.sql("INSERT INTO audit_entry SELECT * FROM kept_audit_entry_test").update();
            jdbc.sql("DROP TABLE kept_audit_entry_test").update();
        }
        assertThat(queries.verify().intact()).isTrue();
    }

    @Test
    void readsWrittenByTheGroupWriterAndWritesAppendedUnderTheLockInterleaveIntoOneIntactChain() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
        int readers = 6;
        int writers = 3;
        int rounds = 40;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(readers + writers);
        try {
            List<java.util.concurrent.Future<?>> work = new java.util.ArrayList<>();
            for (int r = 0; r < readers; r++) {
                String user = "leser-" + r;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < rounds; i++) {
                        log.appendReads(List.of(entry(user), entry(user))).join();
                    }
                }));
            }
            for (int w = 0; w < writers; w++) {
                String user = "skriver-" + w;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < rounds; i++) {
                        transactions.executeWithoutResult(status -> log.appendWrites(List.of(entry(user))));
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : work) {
                f.get(2, java.util.concurrent.TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        long after = jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
        assertThat(after - before).isEqualTo((long) readers * rounds * 2 + (long) writers * rounds);
        assertThat(jdbc.sql("SELECT seq FROM audit_chain_head").query(Long.class).single())
                .isEqualTo(jdbc.sql("SELECT max(seq) FROM audit_entry").query(Long.class).single());
        assertThat(jdbc.sql("SELECT count(*) = max(seq) - min(seq) + 1 FROM audit_entry").query(Boolean.class).single())
                .as("no gaps in the sequence").isTrue();
        assertThat(queries.verify().intact()).isTrue();
    }

    static AuditEntry entry(String user) {
        return new AuditEntry(Instant.now(), user, user, "Koordinator", "974000008", "Klinikk", UUID.randomUUID(),
                "Pathway", null, "ADMIN", AuditEntry.Action.READ, "FOLLOW_UP", null, true, "test", "NEAREST_LEADER");
    }
}
