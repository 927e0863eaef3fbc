package no.samspill.trial;

import no.samspill.security.CurrentUsers;
import no.samspill.security.Role;
import org.springframework.security.access.AccessDeniedException;

/** Trials are defined, opened and closed by the analyst (a trial's definition holds no person data). */
final class TrialManagers {

    private TrialManagers() {
    }

    static void require(CurrentUsers users) {
        if (!is(users)) {
            throw new AccessDeniedException("Bare analytiker kan opprette, åpne og avslutte studier");
        }
    }

    private static boolean is(CurrentUsers users) {
        return users.find().map(u -> u.role() == Role.ANALYST).orElse(false);
    }
}
