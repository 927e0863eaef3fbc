package no.samspill.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import no.samspill.identifiers.InvalidIdentifierException.Reason;

class OrganisationNumberTest {

    @Test
    void acceptsPublicRegisterNumbers() {
        // Brønnøysundregistrene 974760673: 9·3+7·2+4·7+7·6+6·5+0·4+6·3+7·2 = 173; 173 mod 11 = 8; check 11−8 = 3
        assertThat(OrganisationNumber.parse("974 760 673").value()).isEqualTo("974760673");
        // NAV 889640782: 24+16+63+36+20+0+21+16 = 196; 196 mod 11 = 9; check 2
        assertThat(OrganisationNumber.isValid("889640782")).isTrue();
    }

    @Test
    void remainderZeroGivesCheckDigitZero() {
        // 80000013: 8·3+1·3+3·2 = 33; 33 mod 11 = 0; check 0
        assertThat(OrganisationNumber.isValid("800000130")).isTrue();
    }

    @Test
    void remainderOneHasNoValidCheckDigit() {
        // 80000005: 8·3+5·2 = 34; 34 mod 11 = 1; check would be 10
        IntStream.rangeClosed(0, 9).forEach(check ->
                assertThat(OrganisationNumber.isValid("80000005" + check)).as("check %d", check).isFalse());
    }

    @Test
    void rejectsWrongCheckDigitLengthAndLetters() {
        assertThatThrownBy(() -> OrganisationNumber.parse("974760674"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_CHECK_DIGIT))
                .hasMessage("Organisasjonsnummeret har feil kontrollsiffer");
        assertThat(OrganisationNumber.isValid("97476067")).isFalse();
        assertThat(OrganisationNumber.isValid("97476067a")).isFalse();
        assertThat(OrganisationNumber.isValid(null)).isFalse();
        assertThat(OrganisationNumber.isValid("")).isFalse();
    }

    @Test
    void generatedNumbersStartWith8Or9AndHaveTheFhirSystem() {
        OrganisationNumber number = OrganisationNumber.generate(new Random(3));
        assertThat(number.value()).matches("[89]\\d{8}");
        assertThat(number.fhirSystem()).isEqualTo("urn:oid:2.16.578.1.12.4.1.4.101");
        assertThat(number).hasToString(number.value());
    }
}
