package no.samspill.access;

import no.samspill.audit.AuditEntry;

/**
 * An allowed write whose entry commits with a change made on another thread ({@link PersonDataAccess#decideWrites},
 * {@link PersonDataAccess#linkWrite}): the decision, and the audit entry that must be committed with the change
 * ({@link PersonDataAccess#logWrites}); no entry for the system.
 */
public final class WriteGrant {

    private final AccessDecision decision;
    private final AuditEntry entry;
    private final Viewer viewer;

    WriteGrant(AccessDecision decision, AuditEntry entry, Viewer viewer) {
        this.decision = decision;
        this.entry = entry;
        this.viewer = viewer;
    }

    /**
     * May the granted write go on a pathway held by this clinic ({@code null}: a pathway that was not found)? A
     * clinic's team writes only on its own clinic's pathways (decision 0030); the other parties as decided.
     */
    public boolean coversPathwayHeldBy(String pathwayClinic) {
        return viewer == null || !AccessPolicy.heldElsewhere(viewer, pathwayClinic == null ? "" : pathwayClinic);
    }

    /** Does {@link #coversPathwayHeldBy} depend on the clinic (so a writer must look it up)? */
    public boolean dependsOnClinic() {
        return viewer != null && !viewer.system() && viewer.party() == Party.CLINIC;
    }

    public AccessDecision decision() {
        return decision;
    }

    AuditEntry entry() {
        return entry;
    }
}
