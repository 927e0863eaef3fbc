package no.samspill.access;

import java.util.UUID;

/**
 * The outcome of one access question, with its reason: which party, what relationship (if any), which category, and
 * the consent it rests on (if any). {@code related} tells whether the viewer has any relationship to the person, so a
 * denial can be answered 404 (no relationship: existence must not leak) or 403 (related, but not this category).
 */
public record AccessDecision(boolean allowed, boolean related, InformationCategory category, String basis,
                             UUID consentId, String reason) {

    static AccessDecision allow(InformationCategory category, String basis, UUID consentId, String reason) {
        return new AccessDecision(true, true, category, basis, consentId, reason);
    }

    static AccessDecision deny(boolean related, InformationCategory category, String basis, String reason) {
        return new AccessDecision(false, related, category, basis, null, reason);
    }
}
