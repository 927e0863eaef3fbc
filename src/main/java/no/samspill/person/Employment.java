package no.samspill.person;

import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import no.samspill.identifiers.OrganisationNumber;

/**
 * Where a patient works, and who their nearest leader is. {@code leaderUsername} is the leader's log-in identity
 * ({@link NearestLeader}: a national ID number or a Samspill user name), null while the leader is not yet named: then
 * the employer has no access. {@code version} guards changes of the leader.
 */
@PersonData(InformationCategory.ADMIN)
public record Employment(UUID id, PersonId personId, OrganisationNumber employer, String employerName, String occupation,
                         String leaderName, String leaderPhone, String leaderEmail, String leaderUsername, int version) {

    /** Is the nearest leader named, so that they (and only they) can see their employee? */
    public boolean leaderNamed() {
        return leaderUsername != null;
    }
}
