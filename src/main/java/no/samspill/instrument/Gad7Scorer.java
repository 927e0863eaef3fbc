package no.samspill.instrument;

import java.util.List;

/** GAD-7: seven items 0–3, total 0–21, four severity bands, caseness at ≥ 8 (NHS Talking Therapies). */
public final class Gad7Scorer extends SumScorer {

    public static final int CASENESS = 8;

    public Gad7Scorer() {
        super("gad-7", 21, CASENESS, List.of(
                new Band("MINIMAL", "minimal", 0, 4),
                new Band("MILD", "mild", 5, 9),
                new Band("MODERATE", "moderat", 10, 14),
                new Band("SEVERE", "alvorlig", 15, 21)));
    }
}
