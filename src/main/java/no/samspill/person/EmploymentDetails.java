package no.samspill.person;

import no.samspill.identifiers.OrganisationNumber;

/** What is needed to record an employment. */
public record EmploymentDetails(OrganisationNumber employer, String employerName, String occupation, String leaderName,
                                String leaderPhone, String leaderEmail) {
}
