package no.samspill.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores one instrument. Answers are option codes by linkId, already checked against the definition
 * ({@link Answers#check}). Every scorer follows the same missing-answer rule: any scored item left unanswered makes the
 * score INCOMPLETE with the missing linkIds listed; no total is guessed (../shared/domain/instruments.md).
 */
public interface Scorer {

    /** The instrument id this scorer is for (the last path segment of the canonical URL). */
    String instrumentId();

    List<Band> bands();

    Score score(Instrument instrument, Map<String, String> answers);

    /** The band a complete total falls in. */
    default Band band(int total) {
        for (Band b : bands()) {
            if (b.contains(total)) {
                return b;
            }
        }
        throw new IllegalArgumentException("Total " + total + " is outside every band of " + instrumentId());
    }

    /** Scored items without an answer, in item order. */
    static List<String> missing(Instrument instrument, Map<String, String> answers) {
        List<String> missing = new ArrayList<>();
        for (Item item : instrument.scoredItems()) {
            String code = answers.get(item.linkId());
            if (code == null || code.isBlank()) {
                missing.add(item.linkId());
            }
        }
        return missing;
    }

    /** The item's answer as the number it stands for (the option codes of the shipped instruments are their values). */
    static int value(Map<String, String> answers, String linkId) {
        return Integer.parseInt(answers.get(linkId));
    }
}
