package no.samspill.person;

import no.samspill.identifiers.OrganisationNumber;

/**
 * What is needed to record an employment. {@code leaderUsername} is the nearest leader's log-in identity (see
 * {@link NearestLeader}); without it the employer sees nothing until the coordinator names the leader.
 */
public record EmploymentDetails(OrganisationNumber employer, String employerName, String occupation, String leaderName,
                                String leaderPhone, String leaderEmail, String leaderUsername) {

    public EmploymentDetails(OrganisationNumber employer, String employerName, String occupation, String leaderName,
                             String leaderPhone, String leaderEmail) {
        this(employer, employerName, occupation, leaderName, leaderPhone, leaderEmail, null);
    }
}
