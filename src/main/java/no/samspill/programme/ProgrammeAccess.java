package no.samspill.programme;

import no.samspill.security.CurrentUser;
import no.samspill.security.Role;
import no.samspill.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change what in the programme. The programme owner (NAV) sees and changes everything; a workplace
 * contact sees only the workplace with their own organisation number (others are "not found"), and changes nothing
 * but the sick-leave figures the workplace chooses to report. Nobody else gets in.
 */
@Component
public class ProgrammeAccess {

    public boolean isOwner(CurrentUser user) {
        return user.role() == Role.PROGRAMME_OWNER;
    }

    public boolean isContact(CurrentUser user) {
        return user.role() == Role.WORKPLACE_CONTACT;
    }

    public void requireProgrammeUser(CurrentUser user) {
        if (!isOwner(user) && !isContact(user)) {
            throw new AccessDeniedException("Bare programansvarlige og kontaktpersoner har tilgang til programmet");
        }
    }

    public void requireOwner(CurrentUser user) {
        if (!isOwner(user)) {
            throw new AccessDeniedException("Bare programansvarlige kan gjøre dette");
        }
    }

    public void requireView(CurrentUser user, Workplace workplace) {
        requireProgrammeUser(user);
        if (isContact(user) && !workplace.organisationNumber().value().equals(user.organisationNumber())) {
            throw new NotFoundException("Programmet");
        }
    }
}
