package no.samspill.access;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the patient's "who can see what": a recipient, a category and purpose, whether they can see it (or take
 * part) now, why, whether the patient can switch it, and what happens if they do. {@code activeUntil}: the last day
 * of the active consent the line rests on, if it has an end date.
 */
public record SharingRow(Party recipient, String recipientOrganisation, String recipientName, InformationCategory category,
                         Purpose purpose, boolean canSee, String why, boolean switchable, UUID activeConsentId,
                         LocalDate activeUntil, String ifSwitched) {

    /** The name of this line's switch-on form on the page (its inputs' ids start with it). */
    public String formName() {
        return formName(recipient, recipientOrganisation, category);
    }

    /** The form name of the line for this recipient, organisation and category (as the switch-on request names them). */
    public static String formName(Party recipient, String recipientOrganisation, InformationCategory category) {
        return "deling-" + recipient.name().toLowerCase() + "-"
                + (recipientOrganisation == null || recipientOrganisation.isBlank() ? "alle" : recipientOrganisation.trim())
                + "-" + category.name().toLowerCase();
    }

    /** What the line is about, in the patient's words: the category, or the purpose when it is not follow-up. */
    public String what() {
        return purpose == Purpose.FOLLOW_UP ? category.label() : purpose.label();
    }
}
