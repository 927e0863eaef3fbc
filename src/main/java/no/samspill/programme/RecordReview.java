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
 * The programme owner records that the follow-up of a run's measures took place: the date (not in the future, not
 * before the first step) and an outcome note about the workplace (never about a named employee). A stale version is
 * refused.
 */
@Service
public class RecordReview {

    static final int OUTCOME_MAX = 2000;

    private final Runs runs;
    private final Clock clock;

    RecordReview(Runs runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    @Transactional
    public Run record(UUID runId, int version, String reviewedOn, String outcome) {
        Run run = runs.byId(runId).orElseThrow(() -> new NotFoundException("Programløpet"));
        FieldErrors errors = new FieldErrors();
        LocalDate date = errors.required("reviewedOn", reviewedOn, Dates::parse);
        String note = Parse.text(outcome);
        errors.check(note != null && note.length() <= OUTCOME_MAX, "outcome",
                "Skriv hva oppfølgingen kom fram til (høyst " + OUTCOME_MAX + " tegn)");
        if (date != null) {
            errors.check(!date.isAfter(LocalDate.now(clock)), "reviewedOn", "Oppfølgingen kan ikke være fram i tid");
            runs.steps(runId).stream().min(Comparator.comparingInt(Step::position)).ifPresent(first ->
                    errors.check(!date.isBefore(first.plannedOn()), "reviewedOn",
                            "Oppfølgingen kan ikke være før programmet startet (" + Dates.format(first.plannedOn()) + ")"));
        }
        errors.throwIfAny();
        runs.updateReviewed(run.id(), date, note, version);
        return runs.byId(runId).orElseThrow();
    }
}
