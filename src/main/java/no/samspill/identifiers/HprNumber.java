package no.samspill.identifiers;

import no.samspill.identifiers.InvalidIdentifierException.Reason;

/**
 * A number in the Health Personnel Register (Helsepersonellregisteret), 1–9 digits. No check digit is published,
 * so only the format is validated. HelseID carries it in the claim {@code helseid://claims/hpr/hpr_number}.
 */
public record HprNumber(String value) {

    public static final String SYSTEM = "urn:oid:2.16.578.1.12.4.1.4.4";

    public HprNumber {
        if (value == null || value.isBlank()) {
            throw new InvalidIdentifierException(Reason.BLANK, "HPR-nummer mangler");
        }
        if (value.length() > 9) {
            throw new InvalidIdentifierException(Reason.WRONG_LENGTH, "HPR-nummeret kan ha høyst 9 siffer");
        }
        if (!Mod11.allAsciiDigits(value)) {
            throw new InvalidIdentifierException(Reason.NOT_DIGITS, "HPR-nummeret kan bare inneholde siffer");
        }
    }

    /** Parses user input: whitespace is removed. */
    public static HprNumber parse(String raw) {
        if (raw == null) {
            throw new InvalidIdentifierException(Reason.BLANK, "HPR-nummer mangler");
        }
        return new HprNumber(Mod11.stripWhitespace(raw));
    }

    /** True if {@link #parse(String)} would accept {@code raw}. */
    public static boolean isValid(String raw) {
        return Mod11.accepts(raw, HprNumber::parse);
    }

    public String fhirSystem() {
        return SYSTEM;
    }

    @Override
    public String toString() {
        return value;
    }
}
