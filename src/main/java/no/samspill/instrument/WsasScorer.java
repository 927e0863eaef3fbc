package no.samspill.instrument;

import java.util.List;
import java.util.Map;

/**
 * Work and Social Adjustment Scale: five items 0–8, total 0–40; &lt; 10 subclinical, 10–20 significant impairment,
 * &gt; 20 moderately severe or worse. The work item may be answered "not applicable" (not employed for reasons unrelated
 * to the problem): following Mundt et al. (2002) it is then left out and the total is the sum of the other four items
 * (0–32), not prorated; the score says so ({@code workNotApplicable}). Left unanswered it is missing, as any item.
 */
public final class WsasScorer implements Scorer {

    public static final String WORK_ITEM = "wsas-1";
    public static final String NOT_APPLICABLE = "NA";

    private final List<Band> bands = List.of(
            new Band("SUBCLINICAL", "subklinisk", 0, 9),
            new Band("SIGNIFICANT", "betydelig funksjonsnedsettelse", 10, 20),
            new Band("SEVERE", "moderat alvorlig eller verre", 21, 40));

    @Override
    public String instrumentId() {
        return "wsas";
    }

    @Override
    public List<Band> bands() {
        return bands;
    }

    @Override
    public Score score(Instrument instrument, Map<String, String> answers) {
        List<String> missing = Scorer.missing(instrument, answers);
        if (!missing.isEmpty()) {
            return Score.incomplete(instrument.ref(), 40, missing);
        }
        boolean workNotApplicable = NOT_APPLICABLE.equals(answers.get(WORK_ITEM));
        int total = 0;
        for (Item item : instrument.scoredItems()) {
            if (!(workNotApplicable && item.linkId().equals(WORK_ITEM))) {
                total += Scorer.value(answers, item.linkId());
            }
        }
        return new Score(instrument.ref(), Score.Status.COMPLETE, total, workNotApplicable ? 32 : 40, band(total), null,
                List.of(), workNotApplicable);
    }
}
