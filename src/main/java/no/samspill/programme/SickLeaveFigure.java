package no.samspill.programme;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Sick leave at a workplace in one quarter, in percent of agreed working days, as the workplace reports it. */
public record SickLeaveFigure(int year, int quarter, BigDecimal percent) {

    public LocalDate start() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    public String label() {
        return quarter + ". kv. " + year;
    }
}
