package no.samspill.bench.generator;

/**
 * Synthetic Norwegian national ID numbers (fødselsnummer): DDMMYY III K1 K2 with the month + 80 rule of the
 * synthetic test numbers, so none of them can ever belong to a real person. Check digits per
 * shared/domain/identifiers.md (computed here, on purpose without depending on the application's code).
 */
final class NationalIds {

    private static final int[] W1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] W2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    /** Birth dates used: 1960-01-01 .. 2004-12-31 (people of working age). */
    private static final long FIRST_BIRTH_DAY = java.time.LocalDate.of(1960, 1, 1).toEpochDay();
    static final int BIRTH_DAYS = (int) (java.time.LocalDate.of(2005, 1, 1).toEpochDay() - FIRST_BIRTH_DAY);

    private NationalIds() {
    }

    /** Check digit over the first {@code w.length} digits; -1 when the number cannot have one (result 10). */
    static int checkDigit(int[] digits, int[] w) {
        int sum = 0;
        for (int k = 0; k < w.length; k++) {
            sum += digits[k] * w[k];
        }
        int c = 11 - (sum % 11);
        if (c == 11) {
            return 0;
        }
        return c == 10 ? -1 : c;
    }

    /** True when both check digits of an 11-digit number are right (the pre-2032 rule). */
    static boolean isValid(String id) {
        if (id.length() != 11) {
            return false;
        }
        int[] d = new int[11];
        for (int k = 0; k < 11; k++) {
            char ch = id.charAt(k);
            if (ch < '0' || ch > '9') {
                return false;
            }
            d[k] = ch - '0';
        }
        return checkDigit(d, W1) == d[9] && checkDigit(d, W2) == d[10];
    }

    /**
     * The {@code index}-th synthetic national ID: a bijection from index to (birth date, k-th valid individual
     * number of that date), so distinct indexes give distinct numbers. About 415 valid individual numbers exist
     * per date and century range, i.e. room for ~6.8 million people.
     */
    static String synthetic(long index) {
        int dayIdx = (int) (index % BIRTH_DAYS);
        long slot = index / BIRTH_DAYS;
        java.time.LocalDate birth = java.time.LocalDate.ofEpochDay(FIRST_BIRTH_DAY + dayIdx);
        int year = birth.getYear();
        // individual numbers by century: 1900-1999 -> 000-499, 2000-2039 -> 500-999
        int firstIndividual = year >= 2000 ? 500 : 0;
        int[] d = new int[11];
        int dd = birth.getDayOfMonth();
        int mm = birth.getMonthValue() + 80; // synthetic: month + 80
        int yy = year % 100;
        d[0] = dd / 10;
        d[1] = dd % 10;
        d[2] = mm / 10;
        d[3] = mm % 10;
        d[4] = yy / 10;
        d[5] = yy % 10;
        long seen = 0;
        for (int iii = firstIndividual; iii < firstIndividual + 500; iii++) {
            d[6] = iii / 100;
            d[7] = (iii / 10) % 10;
            d[8] = iii % 10;
            int k1 = checkDigit(d, W1);
            if (k1 < 0) {
                continue;
            }
            d[9] = k1;
            int k2 = checkDigit(d, W2);
            if (k2 < 0) {
                continue;
            }
            if (seen++ == slot) {
                d[10] = k2;
                char[] out = new char[11];
                for (int k = 0; k < 11; k++) {
                    out[k] = (char) ('0' + d[k]);
                }
                return new String(out);
            }
        }
        throw new IllegalArgumentException("no more synthetic national IDs for index " + index);
    }

    /** Gender digit: the third individual digit, odd = male. */
    static boolean male(String id) {
        return ((id.charAt(8) - '0') & 1) == 1;
    }
}
