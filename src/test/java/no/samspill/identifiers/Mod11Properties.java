package no.samspill.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class Mod11Properties {

    /** Digits, letters and every kind of space, the ones removed and some that are not (em space, ideographic). */
    @Provide
    Arbitrary<String> spacedInput() {
        return Arbitraries.strings().withChars("0123456789ab -\t\n\u000B\f\r\u00A0\u2007\u202F\u2003\u3000").ofMaxLength(20);
    }

    @Property
    void removesExactlyWhatTheRegularExpressionRemoved(@ForAll("spacedInput") String raw) {
        assertThat(Mod11.stripWhitespace(raw)).isEqualTo(raw.replaceAll("[\\s\\u00A0\\u2007\\u202F]", ""));
    }
}
