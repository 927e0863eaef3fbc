package no.samspill.programme;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the sick-leave percent of one quarter for a workplace, if the workplace chooses to share it. Aggregates
 * only: a percent for the whole workplace, never about a person. A quarter not yet over cannot be reported.
 */
@Service
public class RecordSickLeave {

    private final Workplaces workplaces;
    private final SickLeaveFigures figures;
    private final Clock clock;

    RecordSickLeave(Workplaces workplaces, SickLeaveFigures figures, Clock clock) {
        this.workplaces = workplaces;
        this.figures = figures;
        this.clock = clock;
    }

    @Transactional
    public SickLeaveFigure record(UUID workplaceId, String year, String quarter, String percent, String actor) {
        workplaces.byId(workplaceId).orElseThrow(() -> new NotFoundException("Arbeidsplassen"));
        LocalDate today = LocalDate.now(clock);
        FieldErrors errors = new FieldErrors();
        Integer y = errors.required("year", year, Parse.wholeNumber(2000, today.getYear(), "året"));
        Integer q = errors.required("quarter", quarter, Parse.wholeNumber(1, 4, "kvartalet"));
        BigDecimal p = errors.required("percent", percent, RecordSickLeave::percent);
        if (y != null && q != null) {
            errors.check(!new SickLeaveFigure(y, q, BigDecimal.ZERO).end().isAfter(today), "quarter",
                    "Kvartalet er ikke over ennå");
        }
        errors.throwIfAny();
        SickLeaveFigure figure = new SickLeaveFigure(y, q, p);
        figures.upsert(workplaceId, figure, actor, clock.instant());
        return figure;
    }

    static BigDecimal percent(String raw) {
        BigDecimal value;
        try {
            value = new BigDecimal(raw.trim().replace(',', '.').replace("%", "").trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Skriv sykefraværet i prosent, for eksempel 6,4");
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 || value.scale() > 2) {
            throw new IllegalArgumentException("Sykefraværet må være mellom 0 og 100 prosent, med høyst to desimaler");
        }
        return value;
    }
}
