package no.samspill.referral;

import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import java.time.LocalDate;
import java.util.UUID;
import no.samspill.person.PersonId;

/** What the referral module announces. Listeners run in the publishing transaction. */
public final class ReferralEvents {

    private ReferralEvents() {
    }

    @PersonData(InformationCategory.ADMIN)
    public record ReferralRegistered(UUID referralId, PersonId personId, String clinicOrgNumber, LocalDate receivedOn,
                                     String coordinator, String actor) {
    }

    @PersonData(InformationCategory.HEALTH)
    public record ReferralTriaged(UUID referralId, PersonId personId, TriageOutcome outcome, LocalDate decidedOn,
                                  String actor) {
    }

    @PersonData(InformationCategory.ADMIN)
    public record ReferralRegisteredInError(UUID referralId, PersonId personId, String reason, String actor) {
    }
}
