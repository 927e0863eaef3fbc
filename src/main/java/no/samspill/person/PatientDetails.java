package no.samspill.person;

import no.samspill.identifiers.NationalIdNumber;

/** What is needed to register a patient, or to update the details of one already known by national ID number. */
public record PatientDetails(NationalIdNumber nationalId, String givenName, String familyName, String phone,
                             String email) {
}
