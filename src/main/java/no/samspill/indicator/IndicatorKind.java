package no.samspill.indicator;

/** How an indicator's value is formed from its counts. */
public enum IndicatorKind {
    /** Numerator over denominator, in percent. */
    RATE,
    /** Median of a day count. */
    MEDIAN,
    /** 90th percentile of a day count. */
    P90,
    /** Mean of a score change. */
    MEAN,
    /** Shares of the categories of a status. */
    DISTRIBUTION
}
