package no.samspill.pathway;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samspill.access.PersonDataAccess;
import no.samspill.sickleave.SickLeaveTimeline;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings stored worklist milestone rows up to the current milestone rules: open pathways whose rows were derived
 * with an older {@link SickLeaveTimeline#RULES_VERSION} are derived again, exactly as a {@code TimelineChanged} would
 * ({@link WorklistMaintenance#refreshMilestones}), as internal processing, one batch per transaction. Idempotent:
 * a derived pathway records the current version; closed pathways are left alone. Run at start-up by
 * {@link WorklistRederiver}; decision 0042.
 */
@Service
class RederiveWorklists {

    static final int BATCH = 100;

    private final MilestoneRuleVersions ruleVersions;
    private final Pathways pathways;
    private final WorklistMaintenance worklist;
    private final PersonDataAccess access;
    private final Clock clock;

    RederiveWorklists(MilestoneRuleVersions ruleVersions, Pathways pathways, WorklistMaintenance worklist,
                      PersonDataAccess access, Clock clock) {
        this.ruleVersions = ruleVersions;
        this.pathways = pathways;
        this.worklist = worklist;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Derives up to {@code max} pathways again, holding their derivation locks (rows locked elsewhere are skipped:
     * that derivation records the current version itself, with the newest leave).
     *
     * @return how many pathways were taken
     */
    @Transactional
    public int batch(int max) {
        LocalDate today = LocalDate.now(clock);
        List<UUID> ids = ruleVersions.lockDerivedBefore(SickLeaveTimeline.RULES_VERSION, max);
        if (ids.isEmpty()) {
            return 0;
        }
        access.asSystem(() -> pathways.byIds(ids).forEach(p -> worklist.refreshMilestones(p, today)));
        return ids.size();
    }
}
