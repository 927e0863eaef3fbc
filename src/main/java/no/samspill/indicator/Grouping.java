package no.samspill.indicator;

/** How a view splits its figures: not at all, by referral month, by clinic, or by study arm. */
public enum Grouping {
    TOTAL(null),
    MONTH("month"),
    CLINIC("clinic"),
    ARM("arm");

    /** The group of a view that is not split. */
    static final String ALL = "Alle";

    /** The dimension column the view groups by; null for the total. */
    final String dimension;

    Grouping(String dimension) {
        this.dimension = dimension;
    }
}
