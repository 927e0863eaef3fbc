package no.samspill.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HprNumberTest {

    @Test
    void acceptsOneToNineDigits() {
        assertThat(HprNumber.parse(" 1234567 ").value()).isEqualTo("1234567");
        assertThat(HprNumber.isValid("1")).isTrue();
        assertThat(HprNumber.isValid("123456789")).isTrue();
        assertThat(HprNumber.parse("9144889").fhirSystem()).isEqualTo("urn:oid:2.16.578.1.12.4.1.4.4");
    }

    @Test
    void rejectsEmptyTooLongAndNonDigits() {
        assertThat(HprNumber.isValid("")).isFalse();
        assertThat(HprNumber.isValid(null)).isFalse();
        assertThat(HprNumber.isValid("1234567890")).isFalse();
        assertThat(HprNumber.isValid("12a4")).isFalse();
        assertThat(HprNumber.isValid("-123")).isFalse();
    }
}
