package no.samspill.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import no.samspill.identifiers.NationalIdNumber.Kind;

class SyntheticNationalIdsTest {

    @Test
    void generatesASyntheticFodselsnummerForTheGivenBirthDateAndSex() {
        NationalIdNumber number = SyntheticNationalIds.generate(LocalDate.of(1962, 5, 17), Sex.FEMALE, new Random(1));

        assertThat(number.synthetic()).isTrue();
        assertThat(number.kind()).isEqualTo(Kind.FODSELSNUMMER);
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1962, 5, 17));
        assertThat(number.sex()).isEqualTo(Sex.FEMALE);
        assertThat(number.value()).startsWith("178562");
    }

    @Test
    void generatesASyntheticDNumber() {
        NationalIdNumber number = SyntheticNationalIds.generateDNumber(LocalDate.of(2031, 12, 31), Sex.MALE,
                new SplittableRandom(7));

        assertThat(number.kind()).isEqualTo(Kind.D_NUMBER);
        assertThat(number.synthetic()).isTrue();
        assertThat(number.value()).startsWith("719231");
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(2031, 12, 31));
        assertThat(number.sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void usesTheClassicCheckDigitRuleSoK1IsNeverRelaxed() {
        // Day 1 Jan 1990 has 250 female candidates; about one in six is skipped because K1 or K2 would be 10.
        Set<String> seen = new HashSet<>();
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            NationalIdNumber number = SyntheticNationalIds.generate(LocalDate.of(1990, 1, 1), Sex.FEMALE, random);
            int[] digits = Mod11.digits(number.value());
            assertThat(digits[9]).isEqualTo(Mod11.checkDigit(digits, NationalIdNumber.K1_WEIGHTS));
            seen.add(number.value());
        }
        assertThat(seen).hasSizeBetween(150, 250);
        assertThat(seen).doesNotContain("01819000804"); // valid only under the 2032 rule (classic K1 would be 10)
    }

    @Test
    void refusesYearsOutsideTheIndividualNumberSeries() {
        assertThatThrownBy(() -> SyntheticNationalIds.generate(LocalDate.of(1853, 12, 31), Sex.MALE, new Random()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyntheticNationalIds.generate(LocalDate.of(2040, 1, 1), Sex.MALE, new Random()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
