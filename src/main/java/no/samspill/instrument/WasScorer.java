package no.samspill.instrument;

import java.util.List;

/** Work Ability Score (item 1 of the Work Ability Index): one item 0–10; 0–5 poor, 6–7 moderate, 8–10 good/excellent. */
public final class WasScorer extends SumScorer {

    public WasScorer() {
        super("work-ability-score", 10, null, List.of(
                new Band("POOR", "dårlig", 0, 5),
                new Band("MODERATE", "moderat", 6, 7),
                new Band("GOOD", "god/utmerket", 8, 10)));
    }
}
