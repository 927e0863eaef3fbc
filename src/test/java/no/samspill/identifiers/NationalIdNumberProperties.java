package no.samspill.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class NationalIdNumberProperties {

    record Person(LocalDate birthDate, Sex sex, boolean dNumber, long seed) {
    }

    @Provide
    Arbitrary<Person> people() {
        Arbitrary<LocalDate> birthDates = Arbitraries.longs()
                .between(LocalDate.of(1854, 1, 1).toEpochDay(), LocalDate.of(2039, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        return Combinators.combine(birthDates, Arbitraries.of(Sex.class), Arbitraries.of(true, false),
                Arbitraries.longs()).as(Person::new);
    }

    private static NationalIdNumber generate(Person person) {
        Random random = new Random(person.seed());
        return person.dNumber()
                ? SyntheticNationalIds.generateDNumber(person.birthDate(), person.sex(), random)
                : SyntheticNationalIds.generate(person.birthDate(), person.sex(), random);
    }

    @Property(tries = 2000)
    void aGeneratedSyntheticNumberIsValidAndRoundTripsBirthDateAndSex(@ForAll("people") Person person) {
        NationalIdNumber number = generate(person);

        assertThat(NationalIdNumber.isValid(number.value())).isTrue();
        assertThat(NationalIdNumber.parse(number.value())).isEqualTo(number);
        assertThat(number.synthetic()).isTrue();
        assertThat(number.birthDate()).isEqualTo(person.birthDate());
        assertThat(number.sex()).isEqualTo(person.sex());
        assertThat(number.kind()).isEqualTo(
                person.dNumber() ? NationalIdNumber.Kind.D_NUMBER : NationalIdNumber.Kind.FODSELSNUMMER);
    }

    /**
     * Holds for every position, K1 included, despite the 2032 rule that lets K1 take up to four values: K2 alone
     * catches the change. Validity needs Σ₁..₁₀ dᵢ·wᵢ + K2 ≡ 0 (mod 11) with K2 weights 5,4,3,2,7,6,5,4,3,2 and
     * weight 1 on K2 itself. Changing one digit by δ (0 < |δ| ≤ 9) moves that sum by w·δ, and since 11 is prime
     * and neither w nor δ is a multiple of 11, w·δ is never ≡ 0: the changed number always fails K2.
     */
    @Property(tries = 2000)
    void changingAnySingleDigitIsRejected(@ForAll("people") Person person,
                                          @ForAll @IntRange(min = 0, max = 10) int position,
                                          @ForAll @IntRange(min = 1, max = 9) int shift) {
        String valid = generate(person).value();
        char changed = (char) ('0' + (valid.charAt(position) - '0' + shift) % 10);
        String mutated = valid.substring(0, position) + changed + valid.substring(position + 1);

        assertThat(NationalIdNumber.isValid(mutated)).as("%s -> %s", valid, mutated).isFalse();
    }

    @Property(tries = 500)
    void maskingNeverRevealsThePersonalNumber(@ForAll("people") Person person) {
        NationalIdNumber number = generate(person);
        // The birth date part may by chance contain the same digits as the personal number,
        // so the check is positional: the first six digits, then five masks and nothing else.
        assertThat(number.toString()).isEqualTo(number.masked())
                .isEqualTo(number.value().substring(0, 6) + "*****");
    }
}
