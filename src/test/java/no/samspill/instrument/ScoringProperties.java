package no.samspill.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** For every shipped scored instrument: the total stays in range, and raising one item's score never lowers the band. */
class ScoringProperties {

    private static final List<String> SCORED = List.of("phq-9", "gad-7", "ompsq-sf", "wsas", "work-ability-score");

    @Property(tries = 500)
    void totalIsWithinRange(@ForAll("instruments") String id, @ForAll("seeds") long seed) {
        Instrument instrument = Responses.instrument(id);
        Score s = Responses.score(instrument, Responses.random(instrument, new java.util.Random(seed)));
        Scorer scorer = Responses.LIBRARY.scorer(instrument);
        assertThat(s.total()).isBetween(scorer.bands().get(0).min(), s.maxTotal());
        assertThat(scorer.bands()).anyMatch(b -> b.contains(s.total()));
    }

    @Property(tries = 1000)
    void bandOnlyMovesUpAsAnswersGoUp(@ForAll("instruments") String id, @ForAll("seeds") long seed,
                                      @ForAll("itemIndexes") int itemIndex) {
        Instrument instrument = Responses.instrument(id);
        Map<String, String> before = Responses.random(instrument, new java.util.Random(seed));
        Item item = instrument.scoredItems().get(itemIndex % instrument.scoredItems().size());
        String raised = raise(item, before.get(item.linkId()));
        if (raised == null) {
            return;
        }
        Map<String, String> after = new java.util.LinkedHashMap<>(before);
        after.put(item.linkId(), raised);
        Score s1 = Responses.score(instrument, before);
        Score s2 = Responses.score(instrument, after);
        if (s1.workNotApplicable() != s2.workNotApplicable()) {
            return;
        }
        List<Band> bands = Responses.LIBRARY.scorer(instrument).bands();
        assertThat(s2.total()).isGreaterThan(s1.total());
        assertThat(bands.indexOf(s2.band())).isGreaterThanOrEqualTo(bands.indexOf(s1.band()));
        if (s1.caseness() != null && s1.caseness()) {
            assertThat(s2.caseness()).isTrue();
        }
    }

    /** The option one step higher in weight (for reversed items that is a lower raw value), or null at the top. */
    private static String raise(Item item, String code) {
        Integer w = item.option(code).orElseThrow().weight();
        if (w == null) {
            return null;
        }
        return item.options().stream().filter(o -> o.weight() != null && o.weight() == w + 1).map(AnswerOption::code)
                .findFirst().orElse(null);
    }

    @Provide
    Arbitrary<String> instruments() {
        return Arbitraries.of(SCORED);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Provide
    Arbitrary<Integer> itemIndexes() {
        return Arbitraries.integers().between(0, 20);
    }
}
