package no.samspill.access;

import java.util.UUID;

/**
 * The outcome of one access question, with its reason: which party, what relationship (if any), which category, and
 * the consent it rests on (if any). {@code related} tells whether the viewer has any relationship to the person, so a
 * denial can be answered 404 (no relationship: existence must not leak) or 403 (related, but not this category).
 * {@code basis} is null when no relationship was found.
 */
public record AccessDecision(boolean allowed, boolean related, InformationCategory category, AccessBasis basis,
                             UUID consentId, String reason) {

    static AccessDecision allow(InformationCategory category, AccessBasis basis, UUID consentId, String reason) {
        return new AccessDecision(true, true, category, basis, consentId, reason);
    }

    /** The basis as recorded in the audit entry (its name), or null. */
    public String recordedBasis() {
        return basis == null ? null : basis.name();
    }

    static AccessDecision deny(boolean related, InformationCategory category, AccessBasis basis, String reason) {
        return new AccessDecision(false, related, category, basis, null, reason);
    }
}
