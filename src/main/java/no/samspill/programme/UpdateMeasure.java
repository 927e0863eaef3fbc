package no.samspill.programme;

import java.util.UUID;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Follows a workplace measure up: sets its status. A stale version is refused. */
@Service
public class UpdateMeasure {

    private final Measures measures;

    UpdateMeasure(Measures measures) {
        this.measures = measures;
    }

    @Transactional
    public Measure setStatus(UUID measureId, int version, String status) {
        Measure measure = measures.byId(measureId).orElseThrow(() -> new NotFoundException("Tiltaket"));
        FieldErrors errors = new FieldErrors();
        MeasureStatus next = errors.required("status", status, Parse.choice(MeasureStatus.class, "Velg status"));
        errors.throwIfAny();
        measures.update(new Measure(measure.id(), measure.runId(), measure.what(), measure.ownerRole(), measure.dueOn(),
                next, version));
        return measures.byId(measureId).orElseThrow();
    }
}
