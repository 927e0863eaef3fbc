package no.samspill.identifiers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

import no.samspill.identifiers.InvalidIdentifierException.Reason;

/**
 * A Norwegian national identity number: fødselsnummer, D-number or H-number, 11 digits DDMMYY III K1 K2.
 * Valid on construction: digits, check digits, a birth date that exists and an individual number that fits the year.
 * {@link #toString()} masks the number so it does not leak into logs.
 *
 * <p>Rules: ../shared/domain/identifiers.md (fnrinfo.no "Kontrollsifferberegning", navikt/fnrvalidator, Skatteetaten).
 */
public record NationalIdNumber(String value) {

    /** What kind of number this is. A synthetic number keeps its kind; see {@link #synthetic()}. */
    public enum Kind {
        FODSELSNUMMER,
        /** Day + 40 (first digit + 4): people without a fødselsnummer, e.g. foreign workers. */
        D_NUMBER,
        /** Month + 40 (third digit + 4): auxiliary numbers used by health services while the real one is unknown. */
        H_NUMBER
    }

    static final String FNR_SYSTEM = "urn:oid:2.16.578.1.12.4.1.4.1";
    static final String DNR_SYSTEM = "urn:oid:2.16.578.1.12.4.1.4.2";
    // HelseID's claim documentation lists 4.3 as "H-nummer"; HL7 Norway no-basis calls it "Felles hjelpenummer".
    // Verify against no-basis before sending H-numbers to an external FHIR server.
    static final String HNR_SYSTEM = "urn:oid:2.16.578.1.12.4.1.4.3";

    static final int[] K1_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    static final int[] K2_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    static final int D_NUMBER_DAY_OFFSET = 40;
    static final int H_NUMBER_MONTH_OFFSET = 40;
    static final int SYNTHETIC_MONTH_OFFSET = 80;

    public NationalIdNumber {
        if (value == null || value.isBlank()) {
            throw new InvalidIdentifierException(Reason.BLANK, "Fødselsnummer mangler");
        }
        if (value.length() != 11) {
            throw new InvalidIdentifierException(Reason.WRONG_LENGTH, "Fødselsnummeret må ha 11 siffer");
        }
        if (!Mod11.allAsciiDigits(value)) {
            throw new InvalidIdentifierException(Reason.NOT_DIGITS, "Fødselsnummeret kan bare inneholde siffer");
        }
        if (!hasValidCheckDigits(Mod11.digits(value))) {
            throw new InvalidIdentifierException(Reason.INVALID_CHECK_DIGIT, "Fødselsnummeret har feil kontrollsiffer");
        }
        decodeBirthDate(value);
    }

    /** Parses user input: surrounding and embedded whitespace is removed ("010190 12345" is accepted). */
    public static NationalIdNumber parse(String raw) {
        if (raw == null) {
            throw new InvalidIdentifierException(Reason.BLANK, "Fødselsnummer mangler");
        }
        return new NationalIdNumber(Mod11.stripWhitespace(raw));
    }

    /** True if {@link #parse(String)} would accept {@code raw}. */
    public static boolean isValid(String raw) {
        return Mod11.accepts(raw, NationalIdNumber::parse);
    }

    /**
     * K2 has one valid value. K1 has up to four: numbers issued from 1 January 2032 may use a K1 for which
     * (Σ d₁..d₉·w + K1) mod 11 is 0, 1, 2 or 3 instead of only 0, i.e. K1 = (11 − (Σ mod 11) + rest) mod 11 for
     * rest 0..3, never 10. Both the old and the new rule must be accepted in parallel.
     * Source: Skatteetaten, "Nye fødselsnummer og d-nummer fra 2032"
     * (https://www.skatteetaten.no/deling/opplysninger/folkeregisteropplysninger/pid/ and
     * https://skatteetaten.github.io/folkeregisteret-api-dokumentasjon/nytt-fodselsnummer-fra-2032/), as implemented in
     * navikt/fnrvalidator src/validator.ts.
     */
    static boolean hasValidCheckDigits(int[] digits) {
        int classicK1 = Mod11.checkDigit(digits, K1_WEIGHTS);
        boolean k1Accepted = false;
        for (int rest = 0; rest <= 3 && !k1Accepted; rest++) {
            int candidate = (classicK1 + rest) % 11;
            k1Accepted = candidate != Mod11.NO_CHECK_DIGIT && candidate == digits[9];
        }
        if (!k1Accepted) {
            return false;
        }
        // K2 is computed over the K1 actually present, so it has exactly one valid value under both rules.
        int k2 = Mod11.checkDigit(digits, K2_WEIGHTS);
        return k2 != Mod11.NO_CHECK_DIGIT && k2 == digits[10];
    }

    public Kind kind() {
        if (monthField() > H_NUMBER_MONTH_OFFSET && monthField() < SYNTHETIC_MONTH_OFFSET) {
            return Kind.H_NUMBER;
        }
        return dayField() > D_NUMBER_DAY_OFFSET ? Kind.D_NUMBER : Kind.FODSELSNUMMER;
    }

    /** True for synthetic test numbers from Test Norge (month + 80); these never belong to a real person. */
    public boolean synthetic() {
        return monthField() > SYNTHETIC_MONTH_OFFSET;
    }

    /**
     * The birth date encoded in the number after undoing the D-, H- and synthetic offsets.
     * For numbers issued from 2032 Skatteetaten advises reading the birth date from Folkeregisteret instead.
     */
    public LocalDate birthDate() {
        return decodeBirthDate(value);
    }

    /**
     * Odd ninth digit means male, even means female. Numbers issued from 1 January 2032 are gender neutral
     * (Skatteetaten), so for those this value is meaningless: read sex from Folkeregisteret when it matters.
     */
    public Sex sex() {
        return (value.charAt(8) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /**
     * Completed years on {@code date}. Someone born 29 February turns a year older on 1 March in common years.
     *
     * @throws IllegalArgumentException if {@code date} is before the birth date
     */
    public int ageOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        LocalDate birthDate = birthDate();
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException("Datoen er før fødselsdatoen");
        }
        return Period.between(birthDate, date).getYears();
    }

    /** The six date digits followed by five asterisks, e.g. "010190*****". */
    public String masked() {
        return value.substring(0, 6) + "*****";
    }

    /** True for the FHIR identifier system of any kind of number: fødselsnummer, D-number or H-number. */
    public static boolean isFhirSystem(String system) {
        return FNR_SYSTEM.equals(system) || DNR_SYSTEM.equals(system) || HNR_SYSTEM.equals(system);
    }

    /** FHIR identifier system (HL7 Norway no-basis). Synthetic numbers use the system of their kind. */
    public String fhirSystem() {
        return switch (kind()) {
            case FODSELSNUMMER -> FNR_SYSTEM;
            case D_NUMBER -> DNR_SYSTEM;
            case H_NUMBER -> HNR_SYSTEM;
        };
    }

    /** Masked; use {@link #value()} where the full number is really needed. */
    @Override
    public String toString() {
        return masked();
    }

    private int dayField() {
        return Integer.parseInt(value.substring(0, 2));
    }

    private int monthField() {
        return Integer.parseInt(value.substring(2, 4));
    }

    private static LocalDate decodeBirthDate(String value) {
        int day = Integer.parseInt(value.substring(0, 2));
        int month = Integer.parseInt(value.substring(2, 4));
        int yearInCentury = Integer.parseInt(value.substring(4, 6));
        int individualNumber = Integer.parseInt(value.substring(6, 9));
        if (day > D_NUMBER_DAY_OFFSET) {
            day -= D_NUMBER_DAY_OFFSET;
        }
        if (month > SYNTHETIC_MONTH_OFFSET) {
            month -= SYNTHETIC_MONTH_OFFSET;
        } else if (month > H_NUMBER_MONTH_OFFSET) {
            month -= H_NUMBER_MONTH_OFFSET;
        }
        int year = fullYear(yearInCentury, individualNumber);
        if (year < 0) {
            throw new InvalidIdentifierException(Reason.INVALID_INDIVIDUAL_NUMBER,
                    "Fødselsnummeret har et individnummer som ikke passer med fødselsåret");
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidIdentifierException(Reason.INVALID_DATE,
                    "Fødselsnummeret inneholder en fødselsdato som ikke finnes");
        }
    }

    /**
     * Century from the individual number (Skatteetaten): 000–499 → 1900–1999; 500–749 with year 54–99 → 1854–1899;
     * 500–999 with year 00–39 → 2000–2039; 900–999 with year 40–99 → 1940–1999. Returns −1 when no rule applies.
     */
    static int fullYear(int yearInCentury, int individualNumber) {
        if (individualNumber <= 499) {
            return 1900 + yearInCentury;
        }
        if (individualNumber <= 749 && yearInCentury >= 54) {
            return 1800 + yearInCentury;
        }
        if (yearInCentury <= 39) {
            return 2000 + yearInCentury;
        }
        if (individualNumber >= 900) {
            return 1900 + yearInCentury;
        }
        return -1;
    }
}
