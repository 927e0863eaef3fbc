package no.samspill.trial;

import no.samspill.security.CurrentUsers;
import no.samspill.security.Role;
import org.springframework.security.access.AccessDeniedException;

/** Trials are defined and opened by the analyst (a trial's definition holds no person data). */
final class TrialManagers {

    private TrialManagers() {
    }

    static void require(CurrentUsers users) {
        if (users.find().map(u -> u.role() != Role.ANALYST).orElse(true)) {
            throw new AccessDeniedException("Bare analytiker kan opprette og åpne studier");
        }
    }
}
