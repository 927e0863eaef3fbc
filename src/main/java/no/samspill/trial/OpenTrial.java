package no.samspill.trial;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.random.RandomGenerator;
import no.samspill.security.CurrentUsers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening a trial draws its allocation with {@link SecureRandom}, at this moment and on the server: for the individual
 * design a permuted-block sequence per clinic (stratified by clinic) of at least the planned length; for the cluster
 * design each clinic's arm. The sequence is stored in {@code trial_slot} and never shown: allocation concealment.
 */
@Service
public class OpenTrial {

    private final Trials trials;
    private final CurrentUsers users;
    private final Clock clock;
    private final RandomGenerator random = new SecureRandom();

    OpenTrial(Trials trials, CurrentUsers users, Clock clock) {
        this.trials = trials;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public Trial open(String code, int version) {
        TrialManagers.require(users);
        return openAsSystem(code, version);
    }

    /** Used by the demo data (no logged-in user). */
    @Transactional
    Trial openAsSystem(String code, int version) {
        Trial trial = trials.atVersion(code, version);
        Trial opened = trial.open(clock.instant());
        trials.updateStatus(opened);
        if (trial.design() == TrialDesign.CLUSTER_BY_CLINIC) {
            Map<String, String> arms = ClusterAllocation.allocate(trial.clinics(), trial.armCodes(), random);
            arms.forEach((clinic, arm) -> trials.setClusterArm(trial.id(), clinic, arm));
        } else {
            for (String clinic : trial.clinics()) {
                trials.insertSlots(trial.id(), clinic, PermutedBlocks.sequence(trial.armCodes(), trial.blockSizes(), 0, 0,
                        trial.plannedPerClinic(), random));
            }
        }
        return trials.byId(trial.id()).orElseThrow();
    }
}
