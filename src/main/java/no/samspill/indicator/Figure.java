package no.samspill.indicator;

import java.util.List;

/**
 * One published figure: the indicator's value for one group, with its n. A suppressed n is shown as «&lt;5», a
 * suppressed value as «–»; {@code value} is null then (and when n is 0).
 *
 * @param shares for a distribution: the share of each category in percent, null where suppressed
 */
public record Figure(String group, Double value, long n, boolean nSuppressed, boolean valueSuppressed,
                     List<Share> shares) {

    /** One category of a distribution. */
    public record Share(String category, String label, Double percent, boolean suppressed) {
    }

    public String nText() {
        return nSuppressed ? "<" + SmallCellSuppression.MIN_COUNT : Long.toString(n);
    }
}
