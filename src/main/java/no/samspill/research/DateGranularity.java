package no.samspill.research;

import java.time.LocalDate;

/** How precisely dates go out in an extract: the exact day, or only the month (the default for most projects). */
public enum DateGranularity {
    DAY("Dato (åååå-mm-dd)"),
    MONTH("Måned (åååå-mm)");

    private final String label;

    DateGranularity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String format(LocalDate date) {
        if (date == null) {
            return "";
        }
        return this == DAY ? date.toString() : date.toString().substring(0, 7);
    }
}
