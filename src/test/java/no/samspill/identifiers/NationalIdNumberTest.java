package no.samspill.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import no.samspill.identifiers.InvalidIdentifierException.Reason;
import no.samspill.identifiers.NationalIdNumber.Kind;

/**
 * Worked examples. Every number here is synthetic (month + 80) except one H-number; check digits are worked out in
 * the comments with K1 weights 3,7,6,1,8,9,4,5,2 and K2 weights 5,4,3,2,7,6,5,4,3,2.
 */
class NationalIdNumberTest {

    // 018190123: S1 = 0·3+1·7+8·6+1·1+9·8+0·9+1·4+2·5+3·2 = 148; 148 mod 11 = 5; K1 = 11−5 = 6
    // 0181901236: S2 = 0·5+1·4+8·3+1·2+9·7+0·6+1·5+2·4+3·3+6·2 = 127; 127 mod 11 = 6; K2 = 11−6 = 5
    static final String SYNTHETIC_MAN_1990 = "01819012365";
    // 018190124: S1 = 150, mod 11 = 7, K1 = 4; S2 = 126, mod 11 = 5, K2 = 6
    static final String SYNTHETIC_WOMAN_1990 = "01819012446";

    @Nested
    class ASyntheticFodselsnummer {

        NationalIdNumber number = NationalIdNumber.parse(SYNTHETIC_MAN_1990);

        @Test
        void decodesBirthDateSexAndKind() {
            assertThat(number.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
            assertThat(number.sex()).isEqualTo(Sex.MALE);
            assertThat(number.kind()).isEqualTo(Kind.FODSELSNUMMER);
            assertThat(number.synthetic()).isTrue();
            assertThat(number.fhirSystem()).isEqualTo("urn:oid:2.16.578.1.12.4.1.4.1");
        }

        @Test
        void evenNinthDigitIsFemale() {
            assertThat(NationalIdNumber.parse(SYNTHETIC_WOMAN_1990).sex()).isEqualTo(Sex.FEMALE);
        }

        @Test
        void neverShowsTheFullNumberInToString() {
            assertThat(number.masked()).isEqualTo("018190*****");
            assertThat(number.toString()).isEqualTo("018190*****").doesNotContain("12365");
            assertThat(number.value()).isEqualTo(SYNTHETIC_MAN_1990);
        }

        @Test
        void parseStripsWhitespace() {
            assertThat(NationalIdNumber.parse("  018190 12365\u00A0")).isEqualTo(number);
            assertThat(NationalIdNumber.isValid(" 018190 12365 ")).isTrue();
        }

        @Test
        void ageCountsCompletedYears() {
            assertThat(number.ageOn(LocalDate.of(2056, 12, 31))).isEqualTo(66);
            assertThat(number.ageOn(LocalDate.of(2057, 1, 1))).isEqualTo(67);
            assertThat(number.ageOn(LocalDate.of(1990, 1, 1))).isZero();
            assertThatThrownBy(() -> number.ageOn(LocalDate.of(1989, 12, 31)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class ASyntheticDNumber {

        // 459190052: day 45 = 5 + 40, month 91 = 11 + 80. S1 = 203, mod 11 = 5, K1 = 6; S2 = 170, mod 11 = 5, K2 = 6
        // (individual number 050 is skipped: S1 = 199, mod 11 = 1, K1 would be 10)
        NationalIdNumber number = NationalIdNumber.parse("45919005266");

        @Test
        void undoesTheDayOffset() {
            assertThat(number.kind()).isEqualTo(Kind.D_NUMBER);
            assertThat(number.synthetic()).isTrue();
            assertThat(number.birthDate()).isEqualTo(LocalDate.of(1990, 11, 5));
            assertThat(number.sex()).isEqualTo(Sex.FEMALE);
            assertThat(number.fhirSystem()).isEqualTo("urn:oid:2.16.578.1.12.4.1.4.2");
            assertThat(number).hasToString("459190*****");
        }
    }

    @Test
    void anHNumberUndoesTheMonthOffset() {
        // 014190123: month 41 = 1 + 40. S1 = 124, mod 11 = 3, K1 = 8; S2 = 119, mod 11 = 9, K2 = 2
        NationalIdNumber number = NationalIdNumber.parse("01419012382");
        assertThat(number.kind()).isEqualTo(Kind.H_NUMBER);
        assertThat(number.synthetic()).isFalse();
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
    }

    @Nested
    class CenturyFromTheIndividualNumber {

        @Test
        void series500To749WithYear54To99Is1800s() {
            // 158680600: S1 = 180, mod 11 = 4, K1 = 7; S2 = 161, mod 11 = 7, K2 = 4
            assertThat(NationalIdNumber.parse("15868060074").birthDate()).isEqualTo(LocalDate.of(1880, 6, 15));
            // 018154600: S1 = 156, mod 11 = 2, K1 = 9; S2 = 137, mod 11 = 5, K2 = 6
            assertThat(NationalIdNumber.parse("01815460096").birthDate()).isEqualTo(LocalDate.of(1854, 1, 1));
        }

        @Test
        void series500To999WithYear00To39Is2000s() {
            // 178305502: S1 = 172, mod 11 = 7, K1 = 4; S2 = 132, mod 11 = 0, K2 = 0
            NationalIdNumber number = NationalIdNumber.parse("17830550240");
            assertThat(number.birthDate()).isEqualTo(LocalDate.of(2005, 3, 17));
            assertThat(number.sex()).isEqualTo(Sex.FEMALE);
        }

        @Test
        void series900To999WithYear40To99Is1900s() {
            // 249265950: S1 = 244, mod 11 = 2, K1 = 9; S2 = 212, mod 11 = 3, K2 = 8
            assertThat(NationalIdNumber.parse("24926595098").birthDate()).isEqualTo(LocalDate.of(1965, 12, 24));
        }

        @Test
        void series750To899WithYear40To99HasNoCentury() {
            // 018190800: S1 = 160, mod 11 = 6, K1 = 5; S2 = 143, mod 11 = 0, K2 = 0
            assertRejected("01819080050", Reason.INVALID_INDIVIDUAL_NUMBER);
        }

        @Test
        void series500To749WithYear40To53HasNoCentury() {
            // 018153600: S1 = 147, mod 11 = 4, K1 = 7; S2 = 127, mod 11 = 6, K2 = 5
            assertRejected("01815360075", Reason.INVALID_INDIVIDUAL_NUMBER);
        }
    }

    @Nested
    class ImpossibleDates {

        @Test
        void the31stOfFebruaryIsRejected() {
            // 318290123: S1 = 158, mod 11 = 4, K1 = 7; S2 = 146, mod 11 = 3, K2 = 8
            assertRejected("31829012378", Reason.INVALID_DATE);
        }

        @Test
        void the29thOfFebruaryDependsOnTheCentury() {
            // 298200100 (1900, not a leap year): S1 = 123, mod 11 = 2, K1 = 9; S2 = 97, mod 11 = 9, K2 = 2
            assertRejected("29820010092", Reason.INVALID_DATE);
            // 298200600 (2000, a leap year): S1 = 143, mod 11 = 0, K1 = 0; S2 = 104, mod 11 = 5, K2 = 6
            assertThat(NationalIdNumber.parse("29820060006").birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        }

        @Test
        void bornOnThe29thOfFebruaryTurnsOlderOnThe1stOfMarch() {
            NationalIdNumber leapling = NationalIdNumber.parse("29820060006");
            assertThat(leapling.ageOn(LocalDate.of(2001, 2, 28))).isZero();
            assertThat(leapling.ageOn(LocalDate.of(2001, 3, 1))).isEqualTo(1);
            assertThat(leapling.ageOn(LocalDate.of(2004, 2, 29))).isEqualTo(4);
        }
    }

    @Nested
    class CheckDigits {

        @Test
        void aWrongK2IsRejected() {
            assertRejected("01819012366", Reason.INVALID_CHECK_DIGIT);
        }

        @Test
        void aWrongK1IsRejected() {
            // Classic K1 is 6; the 2032 rule also allows 7, 8 and 9 (with their own K2), never 5 or 0.
            assertRejected("01819012355", Reason.INVALID_CHECK_DIGIT);
            assertRejected("01819012305", Reason.INVALID_CHECK_DIGIT);
        }

        @Test
        void whenK2WouldBe10NoNumberWithThoseTenDigitsIsValid() {
            // 018190001: S1 = 0+7+48+1+72+0+0+0+2 = 130, mod 11 = 9, K1 = 2
            // 0181900012: S2 = 0+4+24+2+63+0+0+0+3+4 = 100, mod 11 = 1, K2 = 10, which no digit can carry
            IntStream.rangeClosed(0, 9).forEach(k2 ->
                    assertThat(NationalIdNumber.isValid("0181900012" + k2)).as("K2 = %d", k2).isFalse());
        }

        @Test
        void whenClassicK1WouldBe10OnlyThe2032RuleGivesValidNumbers() {
            // 018190008: S1 = 0+7+48+1+72+0+0+0+16 = 144, mod 11 = 1, classic K1 = 10: discarded before 2032.
            // The 2032 rule accepts K1 = (10 + rest) mod 11 for rest 1..3, i.e. 0, 1 and 2 (rest 0 gives 10).
            // K2 for 0181900080: S2 = 117, mod 11 = 7, K2 = 4. For ...81: S2 = 119, K2 = 2. For ...82: S2 = 121, K2 = 0.
            assertThat(NationalIdNumber.isValid("01819000804")).isTrue();
            assertThat(NationalIdNumber.isValid("01819000812")).isTrue();
            assertThat(NationalIdNumber.isValid("01819000820")).isTrue();
            // ...83: S2 = 123, K2 = 9, but K1 = 3 would need rest 4
            assertThat(NationalIdNumber.isValid("01819000839")).isFalse();
        }

        @Test
        void the2032RuleAcceptsK1PlusOneToThree() {
            // Classic K1 for 018190123 is 6. K1 = 7: S2 = 129, mod 11 = 8, K2 = 3. K1 = 8: S2 = 131, mod 11 = 10, K2 = 1.
            assertThat(NationalIdNumber.isValid("01819012373")).isTrue();
            assertThat(NationalIdNumber.isValid("01819012381")).isTrue();
            // K1 = 9: S2 = 133, mod 11 = 1, K2 would be 10
            assertThat(NationalIdNumber.isValid("01819012390")).isFalse();
        }
    }

    @Nested
    class Format {

        @Test
        void blankAndNullAreRejected() {
            assertRejected(null, Reason.BLANK);
            assertRejected("   ", Reason.BLANK);
            assertThatThrownBy(() -> new NationalIdNumber(null)).isInstanceOf(InvalidIdentifierException.class);
        }

        @Test
        void wrongLengthAndLettersAreRejected() {
            assertRejected("0181901236", Reason.WRONG_LENGTH);
            assertRejected("018190123650", Reason.WRONG_LENGTH);
            assertRejected("0181901236x", Reason.NOT_DIGITS);
            assertRejected("018190-1236", Reason.NOT_DIGITS);
        }

        @Test
        void messagesAreInNorwegian() {
            assertThatThrownBy(() -> NationalIdNumber.parse("01819012366"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Fødselsnummeret har feil kontrollsiffer");
        }
    }

    static void assertRejected(String raw, Reason reason) {
        assertThatThrownBy(() -> NationalIdNumber.parse(raw))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.reason()).isEqualTo(reason));
        assertThat(NationalIdNumber.isValid(raw)).isFalse();
    }
}
