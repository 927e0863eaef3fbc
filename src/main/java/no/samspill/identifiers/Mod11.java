package no.samspill.identifiers;

/** Modulus 11 check digits shared by the Norwegian identifiers. */
final class Mod11 {

    /** Returned by {@link #checkDigit} when the computed check digit is 10, which no valid number can carry. */
    static final int NO_CHECK_DIGIT = 10;

    private Mod11() {
    }

    /** 11 − (Σ dᵢ·wᵢ mod 11) over the first {@code weights.length} digits; 11 becomes 0 and 10 is returned as is. */
    static int checkDigit(int[] digits, int[] weights) {
        return (11 - weightedSum(digits, weights) % 11) % 11;
    }

    static int weightedSum(int[] digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digits[i] * weights[i];
        }
        return sum;
    }

    static int[] digits(String value) {
        int[] digits = new int[value.length()];
        for (int i = 0; i < digits.length; i++) {
            digits[i] = value.charAt(i) - '0';
        }
        return digits;
    }

    /** Removes all whitespace, including non-breaking spaces, so "010190 12345" parses. */
    static String stripWhitespace(String raw) {
        int first = 0;
        while (first < raw.length() && !isSpace(raw.charAt(first))) {
            first++;
        }
        if (first == raw.length()) {
            return raw; // the usual case: nothing to remove (every national ID read from the database)
        }
        StringBuilder kept = new StringBuilder(raw.length()).append(raw, 0, first);
        for (int i = first + 1; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!isSpace(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** What the regular expression {@code [\\s\\u00A0\\u2007\\u202F]} matches: ASCII whitespace and the no-break spaces. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    static boolean allAsciiDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** True if the parser accepts the raw value (it signals rejection with {@link InvalidIdentifierException}). */
    static boolean accepts(String raw, java.util.function.Function<String, ?> parser) {
        try {
            parser.apply(raw);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }
}
