package no.samspill.research;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import no.samspill.security.CurrentUsers;
import no.samspill.security.Role;
import no.samspill.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analyst records a research project: REK reference, legal basis with its text, date granularity and variables.
 * Its 256-bit pseudonymisation secret is drawn here with {@link SecureRandom} and stored; no query returns it.
 */
@Service
public class CreateResearchProject {

    private final Projects projects;
    private final CurrentUsers users;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CreateResearchProject(Projects projects, CurrentUsers users, Clock clock) {
        this.projects = projects;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public ResearchProject create(NewResearchProject draft) {
        if (users.find().map(u -> u.role() != Role.ANALYST).orElse(true)) {
            throw new AccessDeniedException("Bare analytiker kan opprette forskningsprosjekter");
        }
        return createAs(draft, users.current().username());
    }

    /** Used by the demo data (no logged-in user). */
    @Transactional
    ResearchProject createAs(NewResearchProject draft, String actor) {
        draft.check();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        ResearchProject project = new ResearchProject(UUID.randomUUID(), draft.code(), draft.title().strip(),
                draft.rekReference().strip(), draft.legalBasis(), draft.legalBasisText().strip(), draft.dateGranularity(),
                draft.variables(), actor, clock.instant(), 0);
        if (!projects.insert(project, secret)) {
            throw InvalidInputException.of("code", "Koden er allerede brukt av et annet prosjekt");
        }
        return project;
    }
}
