package no.samspill.sickleave;

import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import java.util.UUID;

/** A sick-leave period as registered, with who registered it and, if it was entered by mistake, why it is void. */
@PersonData(InformationCategory.WORK_FUNCTION)
public record RegisteredSickLeavePeriod(UUID id, SickLeavePeriod period, String registeredBy, String voidReason) {

    public boolean voided() {
        return voidReason != null;
    }
}
