package no.samspill.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PseudonymsTest {

    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Property
    void stableUnderOneKeyDifferentUnderAnotherAndPerKind(@ForAll long high, @ForAll long low) {
        UUID id = new UUID(high, low);
        String pseudonym = new Pseudonyms(KEY).of("Patient", id);
        assertThat(pseudonym).matches("[0-9a-f]{32}").isEqualTo(new Pseudonyms(KEY).of("Patient", id))
                .isNotEqualTo(new Pseudonyms(OTHER_KEY).of("Patient", id))
                .isNotEqualTo(new Pseudonyms(KEY).of("EpisodeOfCare", id))
                .doesNotContain(id.toString().replace("-", "").substring(0, 12));
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new Pseudonyms(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
