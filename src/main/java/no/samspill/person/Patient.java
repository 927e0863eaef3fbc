package no.samspill.person;

import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import no.samspill.identifiers.NationalIdNumber;

/** A person with a pathway in Samspill. */
@PersonData(InformationCategory.ADMIN)
public record Patient(PersonId id, NationalIdNumber nationalId, String givenName, String familyName, String phone,
                      String email) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
