package no.samspill.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;
import no.samspill.shared.Dates;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a workplace measure from an IA-process workshop: what, which role owns it (never a named employee) and
 * the due date, which cannot be before the run's first step.
 */
@Service
public class AddMeasure {

    private final Runs runs;
    private final Measures measures;
    private final Clock clock;

    AddMeasure(Runs runs, Measures measures, Clock clock) {
        this.runs = runs;
        this.measures = measures;
        this.clock = clock;
    }

    @Transactional
    public Measure add(UUID runId, String what, String ownerRole, String dueOn, String actor) {
        Run run = runs.byId(runId).orElseThrow(() -> new NotFoundException("Programløpet"));
        FieldErrors errors = new FieldErrors();
        String text = Parse.text(what);
        errors.check(text != null && text.length() <= 300, "what", "Beskriv tiltaket (høyst 300 tegn)");
        OwnerRole owner = errors.required("ownerRole", ownerRole,
                Parse.choice(OwnerRole.class, "Velg hvilken rolle som eier tiltaket"));
        LocalDate due = errors.required("dueOn", dueOn, Dates::parse);
        if (due != null) {
            runs.steps(run.id()).stream().min(Comparator.comparingInt(Step::position)).ifPresent(first ->
                    errors.check(!due.isBefore(first.plannedOn()), "dueOn",
                            "Fristen kan ikke være før programmet startet (" + Dates.format(first.plannedOn()) + ")"));
            errors.check(!due.isAfter(LocalDate.now(clock).plusYears(3)), "dueOn",
                    "Fristen kan ikke være mer enn tre år fram i tid");
        }
        errors.throwIfAny();
        Measure measure = new Measure(UUID.randomUUID(), runId, text, owner, due, MeasureStatus.PLANNED, 0);
        measures.insert(measure, actor, clock.instant());
        return measure;
    }
}
