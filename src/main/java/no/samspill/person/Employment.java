package no.samspill.person;

import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import no.samspill.identifiers.OrganisationNumber;

/** Where a patient works, and who their nearest leader is. */
@PersonData(InformationCategory.ADMIN)
public record Employment(UUID id, PersonId personId, OrganisationNumber employer, String employerName, String occupation,
                         String leaderName, String leaderPhone, String leaderEmail, String leaderUsername) {
}
