package no.samspill.trial;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.samspill.shared.RefusedChangeException;

/**
 * A trial as stored: its arms in order, the block sizes its permuted blocks are drawn from (individual design), the
 * clinics taking part and the planned number of enrolments per clinic (the length of each clinic's first sequence).
 */
public record Trial(UUID id, String code, String title, TrialDesign design, List<TrialArm> arms, List<Integer> blockSizes,
                    List<String> clinics, int plannedPerClinic, TrialStatus status, String createdBy, Instant openedAt,
                    Instant closedAt, int version) {

    public Trial {
        arms = List.copyOf(arms);
        blockSizes = List.copyOf(blockSizes);
        clinics = List.copyOf(clinics);
    }

    /** Opening draws the allocation; it can happen once, from a draft. */
    Trial open(Instant at) {
        if (status != TrialStatus.DRAFT) {
            throw new RefusedChangeException("Studien er allerede åpnet");
        }
        return new Trial(id, code, title, design, arms, blockSizes, clinics, plannedPerClinic, TrialStatus.OPEN,
                createdBy, at, closedAt, version);
    }

    /** Closing ends enrolment; only an open trial can be closed, and once. Enrolled pathways keep their arms. */
    Trial close(Instant at) {
        if (status == TrialStatus.DRAFT) {
            throw new RefusedChangeException("Studien «" + title + "» er ikke åpnet, og kan ikke avsluttes for inklusjon");
        }
        if (status == TrialStatus.CLOSED) {
            throw new RefusedChangeException("Studien «" + title + "» er allerede avsluttet for inklusjon");
        }
        return new Trial(id, code, title, design, arms, blockSizes, clinics, plannedPerClinic, TrialStatus.CLOSED,
                createdBy, openedAt, at, version);
    }

    public boolean includesClinic(String clinicOrgNumber) {
        return clinics.contains(clinicOrgNumber);
    }

    public List<String> armCodes() {
        return arms.stream().map(TrialArm::code).toList();
    }

    public String armLabel(String armCode) {
        return arms.stream().filter(a -> a.code().equals(armCode)).map(TrialArm::label).findFirst().orElse(armCode);
    }
}
