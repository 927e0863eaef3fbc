package no.samspill.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import no.samspill.shared.Dates;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.NotFoundException;
import no.samspill.shared.RefusedChangeException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme owner postpones a run of the "programme later" arm (wait-list control) to a new first session: every
 * planned date (and the review date and measure due dates, if any) moves by the same number of days, so the steps
 * stay in order. Only a later-arm run with no step delivered is postponed, and its new start comes after the last
 * planned step of every "programme now" run in the cohort, so the control period covers the programme. Steps of a
 * later-arm run are not delivered before this start ({@link UpdateStep}); the rules are {@link WaitList}.
 */
@Service
public class PostponeRun {

    private final Runs runs;
    private final Workplaces workplaces;
    private final Clock clock;

    PostponeRun(Runs runs, Workplaces workplaces, Clock clock) {
        this.runs = runs;
        this.workplaces = workplaces;
        this.clock = clock;
    }

    @Transactional
    public Run postpone(UUID runId, int version, String firstSession) {
        Run run = runs.byId(runId).orElseThrow(() -> new NotFoundException("Programløpet"));
        Workplace workplace = workplaces.byId(run.workplaceId()).orElseThrow(() -> new NotFoundException("Arbeidsplassen"));
        if (workplace.arm() != Arm.LATER) {
            throw new RefusedChangeException("Bare løp i gruppen «" + Arm.LATER.label() + "» utsettes");
        }
        List<Step> steps = runs.steps(runId);
        if (steps.stream().anyMatch(Step::delivered)) {
            throw new RefusedChangeException("Løpet har gjennomførte trinn og kan ikke utsettes");
        }
        FieldErrors errors = new FieldErrors();
        LocalDate start = errors.required("firstSession", firstSession, Dates::parse);
        LocalDate nowArmEnds = nowArmEnds(workplace.cohortId());
        if (start != null) {
            WaitList.startRefusal(start, nowArmEnds, LocalDate.now(clock))
                    .ifPresent(reason -> errors.add("firstSession", reason));
        }
        errors.throwIfAny();
        LocalDate first = steps.stream().min(Comparator.comparingInt(Step::position)).map(Step::plannedOn).orElse(start);
        runs.postpone(runId, start, (int) ChronoUnit.DAYS.between(first, start), version);
        return runs.byId(runId).orElseThrow();
    }

    private LocalDate nowArmEnds(UUID cohortId) {
        if (cohortId == null) {
            return null;
        }
        return runs.lastPlannedInArm(cohortId, Arm.NOW).orElse(null);
    }
}
