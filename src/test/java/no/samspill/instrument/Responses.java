package no.samspill.instrument;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** Test data: the shipped library and answer maps built from it. */
final class Responses {

    static final InstrumentLibrary LIBRARY = InstrumentLibrary.load(InstrumentLibrary.DEFAULT_LOCATION);

    private Responses() {
    }

    static Instrument instrument(String id) {
        return LIBRARY.latest(id).orElseThrow();
    }

    /** Every scored item answered with the same raw value. */
    static Map<String, String> all(Instrument instrument, String code) {
        Map<String, String> answers = new LinkedHashMap<>();
        instrument.scoredItems().forEach(i -> answers.put(i.linkId(), code));
        return answers;
    }

    /** Every item answered with the option of the given index (clamped to the item's options). */
    static Map<String, String> byIndex(Instrument instrument, int[] indexes) {
        Map<String, String> answers = new LinkedHashMap<>();
        int n = 0;
        for (Item item : instrument.items()) {
            int idx = Math.min(indexes[n++ % indexes.length], item.options().size() - 1);
            answers.put(item.linkId(), item.options().get(Math.max(0, idx)).code());
        }
        return answers;
    }

    static Map<String, String> random(Instrument instrument, Random random) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Item item : instrument.items()) {
            answers.put(item.linkId(), item.options().get(random.nextInt(item.options().size())).code());
        }
        return answers;
    }

    static Score score(Instrument instrument, Map<String, String> answers) {
        return LIBRARY.score(instrument, answers);
    }
}
