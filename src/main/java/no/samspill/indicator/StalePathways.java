package no.samspill.indicator;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
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
     * Marks the pathways in the caller's transaction, in one statement; a pathway already marked keeps the time of its
     * first mark and counts one generation more (so that a refresh running meanwhile leaves the mark in place). Sorted
     * and distinct, so that two transactions marking the same pathways lock them in the same order.
     */
    void mark(Collection<UUID> pathwayIds, Instant at) {
        if (pathwayIds.isEmpty()) {
            return;
        }
        UUID[] ids = new TreeSet<>(pathwayIds).toArray(UUID[]::new);
        jdbc.sql("""
                INSERT INTO indicator_stale (pathway_id, marked_at) SELECT id, ? FROM unnest(?::uuid[]) AS id
                ON CONFLICT (pathway_id) DO UPDATE SET generation = indicator_stale.generation + 1""")
                .params(java.sql.Timestamp.from(at), ids).update();
    }

    /** Waits until no other drain runs, for the rest of the transaction. */
    void lockDrain() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(DRAIN_LOCK).query(Object.class).single();
    }

    /** Up to {@code limit} marks, oldest first, without locking them: writers never wait for a refresh. */
    List<Mark> oldest(int limit) {
        return jdbc.sql("SELECT pathway_id, generation FROM indicator_stale ORDER BY marked_at, pathway_id LIMIT ?")
                .param(limit).query((rs, n) -> new Mark(rs.getObject(1, UUID.class), rs.getLong(2))).list();
    }

    /**
     * Removes the marks that are still at the generation read: a pathway marked again since then (committed, or
     * still in progress — the delete waits for it and then sees the new generation) keeps its mark.
     */
    void remove(List<Mark> marks) {
        if (marks.isEmpty()) {
            return;
        }
        jdbc.sql("""
                DELETE FROM indicator_stale s USING unnest(?::uuid[], ?::bigint[]) AS t (pathway_id, generation)
                WHERE s.pathway_id = t.pathway_id AND s.generation = t.generation""")
                .params(marks.stream().map(Mark::pathwayId).toArray(UUID[]::new),
                        marks.stream().map(Mark::generation).toArray(Long[]::new))
                .update();
    }

    /** A pathway's mark as read: more changes since then raise its generation. */
    record Mark(UUID pathwayId, long generation) {
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM indicator_stale").query(Long.class).single();
    }
}
