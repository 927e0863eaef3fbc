package no.samspill.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class OrganisationNumberProperties {

    @Property(tries = 2000)
    void aGeneratedNumberIsValidAndRoundTrips(@ForAll long seed) {
        OrganisationNumber number = OrganisationNumber.generate(new Random(seed));

        assertThat(OrganisationNumber.isValid(number.value())).isTrue();
        assertThat(OrganisationNumber.parse(number.value())).isEqualTo(number);
        assertThat(number.value()).matches("[89]\\d{8}");
    }

    /**
     * Validity needs Σ dᵢ·wᵢ + check ≡ 0 (mod 11) (weights 3,2,7,6,5,4,3,2 and 1 on the check digit). Changing one
     * digit by δ moves the sum by w·δ, which 11, being prime, never divides: every single-digit change is caught.
     */
    @Property(tries = 2000)
    void changingAnySingleDigitIsRejected(@ForAll long seed,
                                          @ForAll @IntRange(min = 0, max = 8) int position,
                                          @ForAll @IntRange(min = 1, max = 9) int shift) {
        String valid = OrganisationNumber.generate(new Random(seed)).value();
        char changed = (char) ('0' + (valid.charAt(position) - '0' + shift) % 10);
        String mutated = valid.substring(0, position) + changed + valid.substring(position + 1);

        assertThat(OrganisationNumber.isValid(mutated)).as("%s -> %s", valid, mutated).isFalse();
    }
}
