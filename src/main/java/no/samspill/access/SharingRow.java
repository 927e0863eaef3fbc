package no.samspill.access;

import java.util.UUID;

/**
 * One line of the patient's "who can see what": a recipient, a category, whether they can see it now, why, whether the
 * patient can switch it, and what happens if they do.
 */
public record SharingRow(Party recipient, String recipientOrganisation, String recipientName, InformationCategory category,
                         boolean canSee, String why, boolean switchable, UUID activeConsentId, String ifSwitched) {
}
