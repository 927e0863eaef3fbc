package no.samspill.access;

import no.samspill.security.CurrentUser;
import no.samspill.security.CurrentUsers;
import no.samspill.security.Role;
import org.springframework.stereotype.Component;

/** Turns the logged-in user into the {@link Viewer} the access decision reasons about. */
@Component
public class Viewers {

    private static final ThreadLocal<Boolean> SYSTEM = new ThreadLocal<>();

    private final CurrentUsers users;

    Viewers(CurrentUsers users) {
        this.users = users;
    }

    /** The current viewer. No logged-in user and no system context means nobody: everything is denied. */
    public Viewer current() {
        if (Boolean.TRUE.equals(SYSTEM.get())) {
            return Viewer.SYSTEM;
        }
        return users.find().map(Viewers::of).orElse(NOBODY);
    }

    static final Viewer NOBODY = new Viewer("anonymous", "Ikke innlogget", "Ingen", null, null, null, null, null);

    public static Viewer of(CurrentUser user) {
        return new Viewer(user.username(), user.displayName(), user.role().label(), partyOf(user.role()),
                user.organisationNumber(), user.organisationName(), user.hprNumber(), user.nationalId());
    }

    public static Party partyOf(Role role) {
        return switch (role) {
            case COORDINATOR, CLINICIAN -> Party.CLINIC;
            case GP -> Party.GP;
            case NAV_COUNSELLOR -> Party.NAV;
            case NEAREST_LEADER -> Party.EMPLOYER;
            case PATIENT -> Party.PATIENT;
            case ANALYST -> Party.ANALYST;
            case SECURITY_OFFICER -> Party.SECURITY_OFFICER;
            case PROGRAMME_OWNER, WORKPLACE_CONTACT -> Party.PROGRAMME;
        };
    }

    /** Runs internal processing (event listeners, demo data, scheduled work) as the system, not as a person. */
    static <T> T asSystem(java.util.function.Supplier<T> work) {
        Boolean previous = SYSTEM.get();
        SYSTEM.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                SYSTEM.remove();
            } else {
                SYSTEM.set(previous);
            }
        }
    }
}
