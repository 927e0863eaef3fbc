package no.samspill.trial;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samspill.access.ClinicScope;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of trials (no person data: definitions and counts per arm) and of a pathway's allocation (ADMIN person data,
 * through the access decision). The allocation sequence itself has no query: it is never shown.
 */
@Service
@Transactional(readOnly = true)
public class TrialQueries {

    private final Trials trials;
    private final PersonDataAccess access;

    TrialQueries(Trials trials, PersonDataAccess access) {
        this.trials = trials;
        this.access = access;
    }

    public List<Trial> all() {
        return trials.all();
    }

    public Optional<Trial> byCode(String code) {
        return trials.byCode(code);
    }

    /** The open trials a clinic takes part in (for the enrol button on its pathway page). */
    public List<Trial> openForClinic(String clinicOrgNumber) {
        return trials.openForClinic(clinicOrgNumber);
    }

    public List<ArmCount> countsByArm(UUID trialId) {
        return trials.countsByArm(trialId);
    }

    /** The pathway's allocation, if enrolled, for a viewer who may read the pathway (its clinic's team, or a related party). */
    public Optional<Allocation> allocationOf(UUID pathwayId) {
        Optional<Allocation> allocation = trials.allocationOf(pathwayId);
        allocation.ifPresent(a -> access.requireRead(a.personId(), ClinicScope.pathway(pathwayId), InformationCategory.ADMIN,
                "TrialAllocation", pathwayId));
        return allocation;
    }

    /**
     * The arm code of an enrolled pathway: what indicators split by. Checked like {@link #allocationOf} (internal
     * processing runs it inside {@code PersonDataAccess.asSystem}).
     */
    public Optional<String> armOf(UUID pathwayId) {
        return allocationOf(pathwayId).map(Allocation::arm);
    }
}
