package no.samspill.programme;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;
import no.samspill.shared.Dates;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The programme owner sets the date the workplace measures are followed up; it comes after the last step. */
@Service
public class SetReviewDate {

    private final Runs runs;

    SetReviewDate(Runs runs) {
        this.runs = runs;
    }

    @Transactional
    public void set(UUID runId, int version, String reviewOn) {
        Run run = runs.byId(runId).orElseThrow(() -> new NotFoundException("Programløpet"));
        FieldErrors errors = new FieldErrors();
        LocalDate review = errors.required("reviewOn", reviewOn, Dates::parse);
        if (review != null) {
            runs.steps(run.id()).stream().max(Comparator.comparingInt(Step::position)).ifPresent(last ->
                    errors.check(review.isAfter(last.plannedOn()), "reviewOn",
                            "Oppfølgingsdatoen må være etter siste trinn (" + Dates.format(last.plannedOn()) + ")"));
        }
        errors.throwIfAny();
        runs.updateReview(runId, review, version);
    }
}
