package no.samspill.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.identifiers.Sex;
import no.samspill.identifiers.SyntheticNationalIds;

/** Pseudonyms link a person within one project and not across projects, and never reveal the national ID number. */
class PseudonymsProperties {

    @Provide
    Arbitrary<byte[]> secrets() {
        return Arbitraries.bytes().array(byte[].class).ofSize(32);
    }

    @Provide
    Arbitrary<String> nationalIds() {
        return Arbitraries.longs().map(seed -> {
            Random random = new Random(seed);
            LocalDate born = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 65));
            NationalIdNumber id = SyntheticNationalIds.generate(born, random.nextBoolean() ? Sex.FEMALE : Sex.MALE, random);
            return id.value();
        });
    }

    @Property
    void stableWithinAProject(@ForAll("secrets") byte[] secret, @ForAll("nationalIds") String nationalId) {
        assertThat(Pseudonyms.of(secret.clone(), nationalId)).isEqualTo(Pseudonyms.of(secret, nationalId));
    }

    @Property
    void differentAcrossProjects(@ForAll("secrets") byte[] one, @ForAll("secrets") byte[] other,
                                 @ForAll("nationalIds") String nationalId) {
        net.jqwik.api.Assume.that(!java.util.Arrays.equals(one, other));
        assertThat(Pseudonyms.of(one, nationalId)).isNotEqualTo(Pseudonyms.of(other, nationalId));
    }

    @Property
    void differentPersonsGetDifferentPseudonyms(@ForAll("secrets") byte[] secret, @ForAll("nationalIds") String a,
                                                @ForAll("nationalIds") String b) {
        net.jqwik.api.Assume.that(!a.equals(b));
        assertThat(Pseudonyms.of(secret, a)).isNotEqualTo(Pseudonyms.of(secret, b));
    }

    @Property
    void neverContainTheNationalIdNumberOrItsParts(@ForAll("secrets") byte[] secret,
                                                   @ForAll("nationalIds") String nationalId) {
        String pseudonym = Pseudonyms.of(secret, nationalId);
        assertThat(pseudonym).hasSize(Pseudonyms.LENGTH).matches("[a-z2-7]+");
        // Neither the number, its birth date (six digits) nor its personal number (five digits).
        assertThat(pseudonym).doesNotContain(nationalId, nationalId.substring(0, 6), nationalId.substring(6));
    }
}
