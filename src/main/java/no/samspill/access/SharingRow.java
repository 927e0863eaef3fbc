package no.samspill.access;

import java.util.UUID;

/**
 * One line of the patient's "who can see what": a recipient, a category and purpose, whether they can see it (or take
 * part) now, why, whether the patient can switch it, and what happens if they do.
 */
public record SharingRow(Party recipient, String recipientOrganisation, String recipientName, InformationCategory category,
                         Purpose purpose, boolean canSee, String why, boolean switchable, UUID activeConsentId,
                         String ifSwitched) {

    /** What the line is about, in the patient's words: the category, or the purpose when it is not follow-up. */
    public String what() {
        return purpose == Purpose.FOLLOW_UP ? category.label() : purpose.label();
    }
}
