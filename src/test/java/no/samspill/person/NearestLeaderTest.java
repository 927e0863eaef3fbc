package no.samspill.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.identifiers.Sex;
import no.samspill.identifiers.SyntheticNationalIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The nearest leader is named by a national ID number or a Samspill user name, and by nothing else. */
class NearestLeaderTest {

    @Test
    void aDemoUserNameIsAccepted() {
        NearestLeader leader = NearestLeader.parse("  lars.leder ");
        assertThat(leader.value()).isEqualTo("lars.leder");
        assertThat(leader.isNationalId()).isFalse();
    }

    @Test
    void aNationalIdNumberIsAcceptedWithSpacesRemoved() {
        NationalIdNumber id = SyntheticNationalIds.generate(LocalDate.of(1975, 3, 14), Sex.MALE, new Random(7));
        String spaced = id.value().substring(0, 6) + " " + id.value().substring(6);
        NearestLeader leader = NearestLeader.parse(spaced);
        assertThat(leader.value()).isEqualTo(id.value());
        assertThat(leader.isNationalId()).isTrue();
    }

    @Test
    void aNumberWithAWrongCheckDigitIsRefusedWithTheNumbersOwnMessage() {
        NationalIdNumber id = SyntheticNationalIds.generate(LocalDate.of(1975, 3, 14), Sex.MALE, new Random(7));
        char last = id.value().charAt(10);
        String wrong = id.value().substring(0, 10) + (last == '9' ? '0' : (char) (last + 1));
        assertThatThrownBy(() -> NearestLeader.parse(wrong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("brukernavn");
        assertThatThrownBy(() -> NearestLeader.parse("12345")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Lars Leder", "lars", "idporten:abc", "lars.leder@firma.no", "<script>",
            "lars..leder", ".lars"})
    void anythingElseIsAFieldErrorNotACrash(String raw) {
        assertThatThrownBy(() -> NearestLeader.parse(raw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nærmeste leder");
    }

    @Property
    void aValidNationalIdNumberAlwaysNamesALeader(@ForAll("birthDates") LocalDate birth, @ForAll long seed) {
        NationalIdNumber id = SyntheticNationalIds.generate(birth, Sex.FEMALE, new Random(seed));
        assertThat(NearestLeader.parse(id.value()).isNationalId()).isTrue();
    }

    @Property
    void wordsWithoutADotAreNeverAUserName(@ForAll @AlphaChars @StringLength(min = 1, max = 30) String word) {
        assertThatThrownBy(() -> NearestLeader.parse(word)).isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<LocalDate> birthDates() {
        return Arbitraries.longs().between(LocalDate.of(1940, 1, 1).toEpochDay(), LocalDate.of(2005, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }
}
