package no.samspill.person;

import no.samspill.identifiers.OrganisationNumber;

/** What is needed to record an employment; the leader's user name ties the nearest leader's log-in to it. */
public record EmploymentDetails(OrganisationNumber employer, String employerName, String occupation, String leaderName,
                                String leaderPhone, String leaderEmail, String leaderUsername) {

    public EmploymentDetails(OrganisationNumber employer, String employerName, String occupation, String leaderName,
                             String leaderPhone, String leaderEmail) {
        this(employer, employerName, occupation, leaderName, leaderPhone, leaderEmail, null);
    }
}
