package no.samspill.indicator;

/** How a view splits its figures: not at all, by referral month, by clinic, or by study arm. */
public enum Grouping {
    TOTAL("'Alle'"),
    MONTH("to_char(month, 'YYYY-MM')"),
    CLINIC("clinic"),
    ARM("arm");

    final String column;

    Grouping(String column) {
        this.column = column;
    }
}
