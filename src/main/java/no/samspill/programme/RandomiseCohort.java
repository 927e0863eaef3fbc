package no.samspill.programme;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samspill.shared.NotFoundException;
import no.samspill.shared.RefusedChangeException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme owner randomises a cohort's workplaces into "programme now" and "programme later". The seed is drawn
 * only at this moment (allocation concealment: nobody can know the arms in advance), recorded with the method, who
 * and when, so the allocation can be reproduced and checked. A cohort is randomised once, and only before any step
 * in it is delivered (else "later" would not be later); after that, no workplace can join it. Runs of the later arm
 * are then postponed with {@link PostponeRun}.
 */
@Service
public class RandomiseCohort {

    static final int MIN_WORKPLACES = 2;

    private final Cohorts cohorts;
    private final Workplaces workplaces;
    private final Runs runs;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    RandomiseCohort(Cohorts cohorts, Workplaces workplaces, Runs runs, Clock clock) {
        this.cohorts = cohorts;
        this.workplaces = workplaces;
        this.runs = runs;
        this.clock = clock;
    }

    @Transactional
    public Allocation randomise(UUID cohortId, String actor) {
        return randomise(cohortId, seeds.nextLong(), actor);
    }

    @Transactional
    public Allocation randomise(UUID cohortId, long seed, String actor) {
        cohorts.byId(cohortId).orElseThrow(() -> new NotFoundException("Kohorten"));
        List<Workplace> members = workplaces.inCohort(cohortId);
        if (members.size() < MIN_WORKPLACES) {
            throw new RefusedChangeException("Kohorten må ha minst " + MIN_WORKPLACES + " arbeidsplasser for å randomiseres");
        }
        if (runs.anyDeliveredInCohort(cohortId)) {
            throw new RefusedChangeException("Et trinn er allerede gjennomført i kohorten; den kan ikke lenger randomiseres");
        }
        Allocation allocation = new Allocation(cohortId, seed, WaitListRandomisation.METHOD, actor, clock.instant());
        if (!cohorts.insertAllocation(allocation)) {
            throw new RefusedChangeException("Kohorten er allerede randomisert");
        }
        Map<UUID, Arm> arms = WaitListRandomisation.allocate(candidates(members), seed);
        for (Workplace w : members) {
            workplaces.updateArm(w.id(), arms.get(w.id()), w.version());
        }
        return allocation;
    }

    static List<WaitListRandomisation.Candidate> candidates(List<Workplace> members) {
        return members.stream().map(w -> new WaitListRandomisation.Candidate(w.id(), w.organisationNumber().value(),
                w.size())).toList();
    }
}
