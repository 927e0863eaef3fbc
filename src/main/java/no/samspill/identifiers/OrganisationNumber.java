package no.samspill.identifiers;

import java.util.Objects;
import java.util.random.RandomGenerator;

import no.samspill.identifiers.InvalidIdentifierException.Reason;

/**
 * A Norwegian organisation number (Enhetsregisteret), 9 digits with a modulus 11 check digit (Brønnøysund):
 * weights 3,2,7,6,5,4,3,2 over the first eight digits; r = Σ mod 11; check = 11 − r, 0 when r = 0; r = 1 is invalid.
 */
public record OrganisationNumber(String value) {

    public static final String SYSTEM = "urn:oid:2.16.578.1.12.4.1.4.101";
    static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    public OrganisationNumber {
        if (value == null || value.isBlank()) {
            throw new InvalidIdentifierException(Reason.BLANK, "Organisasjonsnummer mangler");
        }
        if (value.length() != 9) {
            throw new InvalidIdentifierException(Reason.WRONG_LENGTH, "Organisasjonsnummeret må ha 9 siffer");
        }
        if (!Mod11.allAsciiDigits(value)) {
            throw new InvalidIdentifierException(Reason.NOT_DIGITS,
                    "Organisasjonsnummeret kan bare inneholde siffer");
        }
        int[] digits = Mod11.digits(value);
        int check = Mod11.checkDigit(digits, WEIGHTS);
        if (check == Mod11.NO_CHECK_DIGIT || check != digits[8]) {
            throw new InvalidIdentifierException(Reason.INVALID_CHECK_DIGIT,
                    "Organisasjonsnummeret har feil kontrollsiffer");
        }
    }

    /** Parses user input: whitespace is removed ("974 760 673" is accepted). */
    public static OrganisationNumber parse(String raw) {
        if (raw == null) {
            throw new InvalidIdentifierException(Reason.BLANK, "Organisasjonsnummer mangler");
        }
        return new OrganisationNumber(Mod11.stripWhitespace(raw));
    }

    /** True if {@link #parse(String)} would accept {@code raw}. */
    public static boolean isValid(String raw) {
        return Mod11.accepts(raw, OrganisationNumber::parse);
    }

    /** A random valid number starting with 8 or 9 like those Enhetsregisteret issues; may belong to a real entity. */
    public static OrganisationNumber generate(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        while (true) {
            int[] digits = new int[9];
            digits[0] = 8 + random.nextInt(2);
            for (int i = 1; i < 8; i++) {
                digits[i] = random.nextInt(10);
            }
            int check = Mod11.checkDigit(digits, WEIGHTS);
            if (check != Mod11.NO_CHECK_DIGIT) {
                digits[8] = check;
                StringBuilder number = new StringBuilder(9);
                for (int digit : digits) {
                    number.append(digit);
                }
                return new OrganisationNumber(number.toString());
            }
        }
    }

    public String fhirSystem() {
        return SYSTEM;
    }

    @Override
    public String toString() {
        return value;
    }
}
