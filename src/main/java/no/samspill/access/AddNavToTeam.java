package no.samspill.access;

import java.util.UUID;
import no.samspill.identifiers.OrganisationNumber;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic adds the person's NAV office to the team. NAV then sees administrative and work-function data; health
 * data only if the patient consents.
 */
@Service
public class AddNavToTeam {

    private final Relationships relationships;
    private final PersonDataAccess access;

    AddNavToTeam(Relationships relationships, PersonDataAccess access) {
        this.relationships = relationships;
        this.access = access;
    }

    @Transactional
    public void add(UUID personId, OrganisationNumber navOffice) {
        access.requireWrite(personId, InformationCategory.ADMIN, "Team", null);
        relationships.link(personId, Party.NAV, navOffice.value(), null, "Lagt til i teamet av klinikken",
                access.viewer().username());
    }
}
