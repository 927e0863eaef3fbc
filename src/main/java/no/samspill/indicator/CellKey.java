package no.samspill.indicator;

/** One aggregate counter: dimensions, measure, and the bucket (0 for a plain count, the value for a histogram). */
record CellKey(Dimensions dimensions, String measure, int bucket) {
}
