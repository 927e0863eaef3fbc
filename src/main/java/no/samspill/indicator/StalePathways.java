package no.samspill.indicator;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The marks of pathways whose figures are out of date (table {@code indicator_stale}). */
@Repository
class StalePathways {

    /** One key for the advisory lock that lets a single drain run at a time. */
    private static final long DRAIN_LOCK = 0x5A4D_1D1CL;

    private final JdbcClient jdbc;

    StalePathways(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Marks the pathways in the caller's transaction, in one statement; a pathway already marked keeps its first mark.
     * Sorted and distinct, so that two transactions marking the same pathways wait for each other in the same order.
     */
    void mark(java.util.Collection<UUID> pathwayIds, Instant at) {
        if (pathwayIds.isEmpty()) {
            return;
        }
        UUID[] ids = new java.util.TreeSet<>(pathwayIds).toArray(UUID[]::new);
        jdbc.sql("""
                INSERT INTO indicator_stale (pathway_id, marked_at) SELECT id, ? FROM unnest(?::uuid[]) AS id
                ON CONFLICT DO NOTHING""")
                .params(java.sql.Timestamp.from(at), ids).update();
    }

    /** Waits until no other drain runs, for the rest of the transaction. */
    void lockDrain() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(DRAIN_LOCK).query(Object.class).single();
    }

    /**
     * Takes (removes) up to {@code limit} marks, oldest first, in the caller's transaction. A change marking one of
     * them meanwhile waits for this transaction and marks it again afterwards, so no change is missed.
     */
    List<UUID> take(int limit) {
        return jdbc.sql("""
                DELETE FROM indicator_stale WHERE pathway_id IN (
                  SELECT pathway_id FROM indicator_stale ORDER BY marked_at LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING pathway_id""").param(limit).query(UUID.class).list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM indicator_stale").query(Long.class).single();
    }
}
