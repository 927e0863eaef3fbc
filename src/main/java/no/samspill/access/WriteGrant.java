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

    WriteGrant(AccessDecision decision, AuditEntry entry) {
        this.decision = decision;
        this.entry = entry;
    }

    public AccessDecision decision() {
        return decision;
    }

    AuditEntry entry() {
        return entry;
    }
}
