package no.samspill.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A definition file dropped into a definition folder is loaded and scored without any code change. */
class InstrumentLoadingTest {

    @Test
    void anExtraDefinitionIsLoadedAndScoredByItsPublishedWeightsAndBands() {
        InstrumentLibrary library = InstrumentLibrary.load(InstrumentLibrary.DEFAULT_LOCATION,
                "classpath*:extra-instruments/*.json");
        Instrument extra = library.find(new InstrumentRef("https://samspill.no/fhir/Questionnaire/test-msk", "0.1.0"))
                .orElseThrow();
        assertThat(library.all()).hasSize(7);
        assertThat(extra.items()).hasSize(3);
        Score score = library.score(extra, Map.of("t-1", "1", "t-2", "1", "t-3", "0"));
        assertThat(score.total()).isEqualTo(2);
        assertThat(score.band().code()).isEqualTo("MEDIUM");
        assertThat(library.score(extra, Map.of("t-1", "1")).missing()).containsExactly("t-2", "t-3");
    }
}
