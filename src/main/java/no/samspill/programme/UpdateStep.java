package no.samspill.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samspill.shared.Dates;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme owner plans or records a step: its planned date stays in template order between the steps before
 * and after; delivery is not in the future; attendance is recorded for a delivered step and cannot exceed the
 * workplace's headcount. A stale version is refused.
 */
@Service
public class UpdateStep {

    static final int NOTES_MAX = 2000;

    private final Runs runs;
    private final Workplaces workplaces;
    private final Clock clock;

    UpdateStep(Runs runs, Workplaces workplaces, Clock clock) {
        this.runs = runs;
        this.workplaces = workplaces;
        this.clock = clock;
    }

    @Transactional
    public Step update(UUID stepId, StepUpdate change) {
        Step step = runs.step(stepId).orElseThrow(() -> new NotFoundException("Trinnet"));
        Run run = runs.byId(step.runId()).orElseThrow(() -> new NotFoundException("Programløpet"));
        Workplace workplace = workplaces.byId(run.workplaceId()).orElseThrow(() -> new NotFoundException("Arbeidsplassen"));
        List<Step> steps = runs.steps(run.id());
        LocalDate today = LocalDate.now(clock);

        FieldErrors errors = new FieldErrors();
        LocalDate planned = errors.required("plannedOn", change.plannedOn(), Dates::parse);
        LocalDate delivered = errors.optional("deliveredOn", change.deliveredOn(), Dates::parse);
        Integer attendance = errors.optional("attendance", change.attendance(),
                Parse.wholeNumber(0, EnrolWorkplace.MAX_HEADCOUNT, "oppmøtet"));
        String notes = Parse.text(change.notes());
        if (planned != null) {
            steps.stream().filter(s -> s.position() == step.position() - 1).findFirst().ifPresent(previous ->
                    errors.check(!planned.isBefore(previous.plannedOn()), "plannedOn",
                            "Datoen kan ikke være før forrige trinn («" + previous.title() + "», "
                                    + Dates.format(previous.plannedOn()) + ")"));
            steps.stream().filter(s -> s.position() == step.position() + 1).findFirst().ifPresent(next ->
                    errors.check(!planned.isAfter(next.plannedOn()), "plannedOn",
                            "Datoen kan ikke være etter neste trinn («" + next.title() + "», "
                                    + Dates.format(next.plannedOn()) + ")"));
        }
        if (delivered != null) {
            errors.check(!delivered.isAfter(today), "deliveredOn", "Et trinn kan ikke være gjennomført fram i tid");
        }
        if (attendance != null) {
            errors.check(attendance <= workplace.headcount(), "attendance",
                    "Oppmøtet kan ikke være større enn antall ansatte (" + workplace.headcount() + ")");
            errors.check(delivered != null, "attendance", "Registrer oppmøte først når trinnet er gjennomført");
        }
        errors.check(notes == null || notes.length() <= NOTES_MAX, "notes", "Notatet kan være høyst " + NOTES_MAX + " tegn");
        errors.throwIfAny();

        Step updated = new Step(step.id(), step.runId(), step.position(), step.kind(), step.topic(), step.title(),
                planned, delivered, attendance, notes, change.version());
        runs.updateStep(updated);
        return runs.step(stepId).orElseThrow();
    }
}
