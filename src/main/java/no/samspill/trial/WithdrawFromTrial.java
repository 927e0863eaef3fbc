package no.samspill.trial;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
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
 * An enrolled pathway is withdrawn from its trial, with a reason, by the clinic team of the pathway's clinic (as for
 * {@link EnrolPathway}): a write of the person's data, so it passes the access decision and is in their access log.
 * The trial manager (an analyst, who sees no person data) does not withdraw pathways. The allocation is kept: intention-to-treat analyses count the pathway
 * in its arm, so the arm stays and the indicators split by arm keep reporting it. In one transaction: the withdrawal
 * (once only), the change history and {@link TrialEvents.PathwayWithdrawn}.
 */
@Service
public class WithdrawFromTrial {

    private final Trials trials;
    private final PathwayQueries pathways;
    private final PersonDataAccess access;
    private final ChangeLog changeLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WithdrawFromTrial(Trials trials, PathwayQueries pathways, PersonDataAccess access,
                      ChangeLog changeLog, ApplicationEventPublisher events, Clock clock) {
        this.trials = trials;
        this.pathways = pathways;
        this.access = access;
        this.changeLog = changeLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Allocation withdraw(String trialCode, UUID pathwayId, String reason, String actor) {
        Pathway pathway = pathways.byId(pathwayId).orElseThrow(() -> new NotFoundException("Forløpet"));
        // Only the pathway's own clinic enrols or withdraws it (the access decision's clinic scope).
        access.requireWrite(pathway.personId().value(), ClinicScope.clinic(pathway.clinicOrgNumber()),
                InformationCategory.ADMIN, "TrialEnrolment", pathway.id());
        Allocation allocation = trials.allocationOf(pathwayId).filter(a -> a.trialCode().equals(trialCode))
                .orElseThrow(() -> new NotFoundException("Forløpet er ikke inkludert i studien, eller det"));
        if (allocation.withdrawn()) {
            throw alreadyWithdrawn(allocation);
        }
        String checked = WithdrawalReason.check(reason);
        Instant now = clock.instant();
        if (!trials.withdraw(pathwayId, actor, now, checked)) {     // withdrawn meanwhile by someone else
            throw alreadyWithdrawn(allocation);
        }
        changeLog.record(ChangeLog.change(allocation.personId(), "TRIAL_ENROLMENT", pathwayId, "Trukket fra studie",
                actor, now, allocation.trialTitle() + ": " + checked, InformationCategory.ADMIN).heldBy(pathway.clinicOrgNumber()));
        events.publishEvent(new TrialEvents.PathwayWithdrawn(pathwayId, allocation.trialCode(), allocation.arm()));
        return trials.allocationOf(pathwayId).orElseThrow();
    }

    private static RefusedChangeException alreadyWithdrawn(Allocation allocation) {
        return new RefusedChangeException("Forløpet er allerede trukket fra studien «" + allocation.trialTitle() + "»");
    }
}
