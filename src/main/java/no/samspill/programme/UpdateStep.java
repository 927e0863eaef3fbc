package no.samspill.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samspill.shared.Dates;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.NotFoundException;
import no.samspill.shared.RefusedChangeException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme owner plans or records a step: its planned date stays in template order between the steps before
 * and after, the last step stays before the review date and the first before every measure's due date; delivery is
 * not in the future, delivered dates keep the step order, and a "programme later" run is delivered only from the
 * start it was postponed to; attendance is recorded for a delivered step and cannot exceed the workplace's
 * headcount. Delivering a step closes the run's before-wave of the survey (decision 0032). A stale version is
 * refused.
 */
@Service
public class UpdateStep {

    static final int NOTES_MAX = 2000;

    static final String SYSTEM = "samspill (første trinn gjennomført)";

    private final Runs runs;
    private final Workplaces workplaces;
    private final Measures measures;
    private final SurveyWaves waves;
    private final Clock clock;

    UpdateStep(Runs runs, Workplaces workplaces, Measures measures, SurveyWaves waves, Clock clock) {
        this.runs = runs;
        this.workplaces = workplaces;
        this.measures = measures;
        this.waves = waves;
        this.clock = clock;
    }

    @Transactional
    public Step update(UUID stepId, StepUpdate change) {
        Step step = runs.step(stepId).orElseThrow(() -> new NotFoundException("Trinnet"));
        Run run = runs.byId(step.runId()).orElseThrow(() -> new NotFoundException("Programløpet"));
        Workplace workplace = workplaces.byId(run.workplaceId()).orElseThrow(() -> new NotFoundException("Arbeidsplassen"));
        if (workplace.withdrawn()) {
            throw new RefusedChangeException("Arbeidsplassen er trukket fra programmet; trinnene registreres ikke lenger");
        }
        List<Step> steps = runs.steps(run.id());
        LocalDate today = LocalDate.now(clock);

        FieldErrors errors = new FieldErrors();
        LocalDate planned = errors.required("plannedOn", change.plannedOn(), Dates::parse);
        LocalDate delivered = errors.optional("deliveredOn", change.deliveredOn(), Dates::parse);
        Integer attendance = errors.optional("attendance", change.attendance(),
                Parse.wholeNumber(0, WorkplaceDetails.MAX_HEADCOUNT, "oppmøtet"));
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
        if (planned != null) {
            checkAgainstFollowUp(run, step, steps, planned, errors);
        }
        if (delivered != null) {
            errors.check(!delivered.isAfter(today), "deliveredOn", "Et trinn kan ikke være gjennomført fram i tid");
            steps.stream().filter(s -> s.position() < step.position() && s.delivered()
                    && s.deliveredOn().isAfter(delivered)).findFirst().ifPresent(earlier ->
                    errors.add("deliveredOn", "Datoen kan ikke være før et tidligere trinn ble gjennomført («"
                            + earlier.title() + "», " + Dates.format(earlier.deliveredOn()) + ")"));
            steps.stream().filter(s -> s.position() > step.position() && s.delivered()
                    && s.deliveredOn().isBefore(delivered)).findFirst().ifPresent(later ->
                    errors.add("deliveredOn", "Datoen kan ikke være etter at et senere trinn ble gjennomført («"
                            + later.title() + "», " + Dates.format(later.deliveredOn()) + ")"));
            WaitList.deliveryRefusal(workplace.arm(), run.postponedTo(), delivered)
                    .ifPresent(reason -> errors.add("deliveredOn", reason));
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
        if (delivered != null) {
            waves.close(run.id(), SurveyWave.BEFORE, today, SYSTEM);
        }
        return runs.step(stepId).orElseThrow();
    }

    /** Moving the last step must keep it before the review date; moving the first, before every measure's due date. */
    private void checkAgainstFollowUp(Run run, Step step, List<Step> steps, LocalDate planned, FieldErrors errors) {
        int last = steps.stream().mapToInt(Step::position).max().orElse(step.position());
        int first = steps.stream().mapToInt(Step::position).min().orElse(step.position());
        if (step.position() == last && run.reviewOn() != null) {
            errors.check(planned.isBefore(run.reviewOn()), "plannedOn", "Siste trinn må være før oppfølgingsdatoen ("
                    + Dates.format(run.reviewOn()) + "); flytt oppfølgingen først");
        }
        if (step.position() == first) {
            measures.ofRun(run.id()).stream().filter(m -> m.dueOn().isBefore(planned)).findFirst().ifPresent(m ->
                    errors.add("plannedOn", "Første trinn kan ikke være etter fristen for tiltaket «" + m.what() + "» ("
                            + Dates.format(m.dueOn()) + ")"));
        }
    }
}
