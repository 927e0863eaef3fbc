package no.samspill.research;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgeBandTest {

    @Test
    void bandsHaveTheirEdgesWhereTheyShould() {
        assertThat(AgeBand.of(18)).isEqualTo("<25");
        assertThat(AgeBand.of(24)).isEqualTo("<25");
        assertThat(AgeBand.of(25)).isEqualTo("25-34");
        assertThat(AgeBand.of(34)).isEqualTo("25-34");
        assertThat(AgeBand.of(35)).isEqualTo("35-44");
        assertThat(AgeBand.of(64)).isEqualTo("55-64");
        assertThat(AgeBand.of(65)).isEqualTo("65+");
        assertThat(AgeBand.ALL).contains(AgeBand.of(47));
    }
}
