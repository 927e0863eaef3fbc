package no.samspill.instrument;

import java.util.List;
import java.util.Set;

/**
 * ÖMPSQ short form (Linton, Nicholas &amp; MacDonald 2011): item 1 (pain duration) is scored 1–10 by category, items 2–10
 * 0–10; return-to-work expectancy (item 6), light work (item 9) and sleep (item 10) are reversed (10 − x). Total 1–100;
 * ≥ 50 is high risk of long-term disability or sick leave.
 */
public final class OmpsqScorer extends SumScorer {

    public static final Set<String> REVERSED = Set.of("ompsq-6", "ompsq-9", "ompsq-10");
    public static final int HIGH_RISK = 50;

    public OmpsqScorer() {
        super("ompsq-sf", 100, null, List.of(
                new Band("LOW_RISK", "lav risiko", 1, HIGH_RISK - 1),
                new Band("HIGH_RISK", "høy risiko", HIGH_RISK, 100)));
    }

    @Override
    int itemScore(String linkId, int value) {
        return REVERSED.contains(linkId) ? 10 - value : value;
    }
}
