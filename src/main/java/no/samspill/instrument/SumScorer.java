package no.samspill.instrument;

import java.util.List;
import java.util.Map;

/** The common case: the total is the sum of the scored items' values; optional caseness threshold. */
abstract class SumScorer implements Scorer {

    private final String id;
    private final List<Band> bands;
    private final int max;
    private final Integer casenessFrom;

    SumScorer(String id, int max, Integer casenessFrom, List<Band> bands) {
        this.id = id;
        this.max = max;
        this.casenessFrom = casenessFrom;
        this.bands = List.copyOf(bands);
    }

    @Override
    public String instrumentId() {
        return id;
    }

    @Override
    public List<Band> bands() {
        return bands;
    }

    public int maxTotal() {
        return max;
    }

    @Override
    public Score score(Instrument instrument, Map<String, String> answers) {
        List<String> missing = Scorer.missing(instrument, answers);
        if (!missing.isEmpty()) {
            return Score.incomplete(instrument.ref(), max, missing);
        }
        int total = 0;
        for (Item item : instrument.scoredItems()) {
            total += itemScore(item.linkId(), Scorer.value(answers, item.linkId()));
        }
        return new Score(instrument.ref(), Score.Status.COMPLETE, total, max, band(total),
                casenessFrom == null ? null : total >= casenessFrom, List.of(), false);
    }

    /** The item's contribution to the total; reversed items override this. */
    int itemScore(String linkId, int value) {
        return value;
    }
}
