package no.samspill.instrument;

import java.util.List;
import java.util.Map;

/**
 * For an instrument added as a definition file only (such as a licensed STarT MSK): the total is the sum of the
 * chosen options' published weights (SDC ordinalValue), and the bands are those published in the file. No caseness.
 */
final class WeightScorer implements Scorer {

    private final Instrument instrument;

    WeightScorer(Instrument instrument) {
        this.instrument = instrument;
    }

    @Override
    public String instrumentId() {
        return instrument.id();
    }

    @Override
    public List<Band> bands() {
        return instrument.publishedBands();
    }

    @Override
    public Score score(Instrument def, Map<String, String> answers) {
        int max = def.scoredItems().stream().mapToInt(i -> i.options().stream()
                .filter(o -> o.weight() != null).mapToInt(AnswerOption::weight).max().orElse(0)).sum();
        List<String> missing = Scorer.missing(def, answers);
        if (!missing.isEmpty()) {
            return Score.incomplete(def.ref(), max, missing);
        }
        int total = 0;
        for (Item item : def.scoredItems()) {
            Integer w = item.option(answers.get(item.linkId())).map(AnswerOption::weight).orElse(null);
            total += w == null ? 0 : w;
        }
        Band band = bands().isEmpty() ? null : band(total);
        return new Score(def.ref(), Score.Status.COMPLETE, total, max, band, null, List.of(), false);
    }
}
