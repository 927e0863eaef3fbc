package no.samspill.trial;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.samspill.security.CurrentUsers;
import no.samspill.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The analyst drafts a trial: arms, design, block sizes, clinics. Nothing is drawn until the trial is opened. */
@Service
public class CreateTrial {

    private final Trials trials;
    private final CurrentUsers users;
    private final Clock clock;

    CreateTrial(Trials trials, CurrentUsers users, Clock clock) {
        this.trials = trials;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public Trial create(NewTrial draft) {
        TrialManagers.require(users);
        draft.check();
        // Block sizes are stored for both designs; the cluster design does not use them.
        Trial trial = new Trial(UUID.randomUUID(), draft.code(), draft.title().trim(), draft.design(), draft.arms(),
                draft.blockSizes(), List.copyOf(draft.clinics()), draft.plannedPerClinic(), TrialStatus.DRAFT,
                users.current().username(), null, null, 0);
        if (!trials.insert(trial, clock.instant())) {
            throw InvalidInputException.of("code", "Koden er allerede brukt av en annen studie");
        }
        return trial;
    }
}
