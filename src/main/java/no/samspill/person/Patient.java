package no.samspill.person;

import no.samspill.identifiers.NationalIdNumber;

/** A person with a pathway in Samspill. */
public record Patient(PersonId id, NationalIdNumber nationalId, String givenName, String familyName, String phone,
                      String email) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
