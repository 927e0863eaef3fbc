package no.samspill.person;

import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import no.samspill.identifiers.NationalIdNumber;

/** What is needed to register a patient, or to update the details of one already known by national ID number. */
@PersonData(InformationCategory.ADMIN)
public record PatientDetails(NationalIdNumber nationalId, String givenName, String familyName, String phone,
                             String email) {
}
