package no.samspill.trial;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.random.RandomGenerator;
import no.samspill.access.ClinicScope;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import no.samspill.history.ChangeLog;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.shared.NotFoundException;
import no.samspill.shared.RefusedChangeException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic team enrols one of its own pathways in an open trial. In one transaction: the eligibility checks (trial
 * open, pathway open, clinic in the trial, not already enrolled), the clinic's row of the trial locked
 * ({@code SELECT … FOR UPDATE}) so that two enrolments never take the same place in the sequence, the next place's arm
 * (individual design) or the clinic's arm (cluster design), the enrolment, the change history and
 * {@link TrialEvents.PathwayEnrolled}. Only now is the arm known to anyone.
 */
@Service
public class EnrolPathway {

    private final Trials trials;
    private final PathwayQueries pathways;
    private final PersonDataAccess access;
    private final ChangeLog changeLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RandomGenerator random = new SecureRandom();

    EnrolPathway(Trials trials, PathwayQueries pathways, PersonDataAccess access, ChangeLog changeLog,
                 ApplicationEventPublisher events, Clock clock) {
        this.trials = trials;
        this.pathways = pathways;
        this.access = access;
        this.changeLog = changeLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Allocation enrol(String trialCode, UUID pathwayId, String actor) {
        Trial trial = trials.byCode(trialCode).orElseThrow(() -> new NotFoundException("Studien"));
        Pathway pathway = pathways.byId(pathwayId).orElseThrow(() -> new NotFoundException("Forløpet"));
        // Only the pathway's own clinic enrols or withdraws it (the access decision's clinic scope).
        access.requireWrite(pathway.personId().value(), ClinicScope.clinic(pathway.clinicOrgNumber()),
                InformationCategory.ADMIN, "TrialEnrolment", pathway.id());
        if (trial.status() != TrialStatus.OPEN) {
            throw new RefusedChangeException("Studien «" + trial.title() + "» er ikke åpen for inklusjon");
        }
        if (!pathway.state().open()) {
            throw new RefusedChangeException("Forløpet er avsluttet og kan ikke inkluderes i en studie");
        }
        if (!trial.includesClinic(pathway.clinicOrgNumber())) {
            throw new RefusedChangeException("Klinikken til forløpet deltar ikke i studien «" + trial.title() + "»");
        }
        trials.allocationOf(pathwayId).ifPresent(existing -> {
            throw new RefusedChangeException("Forløpet er allerede inkludert i studien «" + existing.trialTitle() + "»");
        });
        Trials.ClinicRow row = trials.lockClinic(trial.id(), pathway.clinicOrgNumber())
                .orElseThrow(() -> new RefusedChangeException("Klinikken deltar ikke i studien"));
        String arm;
        Integer position = null;
        if (trial.design() == TrialDesign.CLUSTER_BY_CLINIC) {
            arm = row.arm();
        } else {
            position = row.nextPosition();
            if (position >= trials.sequenceLength(trial.id(), row.clinic())) {
                // More enrolments than planned: the sequence grows by whole new blocks, drawn now, under the same lock.
                trials.insertSlots(trial.id(), row.clinic(), PermutedBlocks.sequence(trial.armCodes(), trial.blockSizes(),
                        position, trials.lastBlock(trial.id(), row.clinic()) + 1, 1, random));
            }
            arm = trials.slotArm(trial.id(), row.clinic(), position).orElseThrow();
            trials.advance(trial.id(), row.clinic(), position + 1);
        }
        Instant now = clock.instant();
        if (!trials.insertEnrolment(pathwayId, trial.id(), pathway.personId().value(), row.clinic(), arm, position, actor,
                now)) {
            throw new RefusedChangeException("Forløpet er allerede inkludert i en studie");
        }
        changeLog.record(ChangeLog.change(pathway.personId().value(), "TRIAL_ENROLMENT", pathwayId,
                "Inkludert i studie", actor, now, trial.title() + ": " + trial.armLabel(arm), InformationCategory.ADMIN).heldBy(pathway.clinicOrgNumber()));
        events.publishEvent(new TrialEvents.PathwayEnrolled(pathwayId, trial.code(), arm));
        return trials.allocationOf(pathwayId).orElseThrow();
    }
}
