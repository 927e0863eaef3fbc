package no.samspill.instrument;

import java.util.List;

/** PHQ-9: nine items 0–3, total 0–27, five severity bands, caseness at ≥ 10. The difficulty item is not scored. */
public final class Phq9Scorer extends SumScorer {

    public static final int CASENESS = 10;

    public Phq9Scorer() {
        super("phq-9", 27, CASENESS, List.of(
                new Band("MINIMAL", "minimal", 0, 4),
                new Band("MILD", "mild", 5, 9),
                new Band("MODERATE", "moderat", 10, 14),
                new Band("MODERATELY_SEVERE", "moderat alvorlig", 15, 19),
                new Band("SEVERE", "alvorlig", 20, 27)));
    }
}
