package no.samspill.pathway;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The version of the milestone rules each pathway's worklist milestone rows were last derived with (table
 * {@code worklist_milestone_rules}). Its row is also the pathway's derivation lock: whoever derives the rows holds it
 * until commit, so two derivations of one pathway follow each other and the later one reads the newer leave.
 */
@Repository
class MilestoneRuleVersions {

    private final JdbcClient jdbc;

    MilestoneRuleVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the version and locks the pathway's row for the rest of the transaction (waits for a holder). */
    void deriving(UUID pathwayId, int rulesVersion) {
        jdbc.sql("""
                INSERT INTO worklist_milestone_rules (pathway_id, rules_version) VALUES (?, ?)
                ON CONFLICT (pathway_id) DO UPDATE SET rules_version = EXCLUDED.rules_version""")
                .params(pathwayId, rulesVersion).update();
    }

    /**
     * Forgets a closed pathway's version (it has no milestone rows to keep current), waiting for a holder like
     * {@link #deriving}; so the rows left in the table are those of pathways that can still need deriving.
     */
    void closed(UUID pathwayId) {
        jdbc.sql("DELETE FROM worklist_milestone_rules WHERE pathway_id = ?").param(pathwayId).update();
    }

    /**
     * Up to {@code limit} open pathways whose rows were derived with an older version, locked for the rest of the
     * transaction. Rows another transaction holds (a derivation in progress, or another instance's batch) are
     * skipped, never waited for: that derivation records the current version itself.
     */
    List<UUID> lockDerivedBefore(int rulesVersion, int limit) {
        return jdbc.sql("""
                SELECT r.pathway_id FROM worklist_milestone_rules r JOIN pathway p ON p.id = r.pathway_id
                WHERE r.rules_version < ? AND p.state <> 'CLOSED'
                ORDER BY r.pathway_id LIMIT ? FOR UPDATE OF r SKIP LOCKED""")
                .params(rulesVersion, limit).query(UUID.class).list();
    }
}
