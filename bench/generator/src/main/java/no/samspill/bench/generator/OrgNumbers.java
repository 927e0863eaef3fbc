package no.samspill.bench.generator;

/** Organisation numbers (9 digits, mod 11 with weights 3,2,7,6,5,4,3,2; remainder 1 is invalid). */
final class OrgNumbers {

    private static final int[] W = {3, 2, 7, 6, 5, 4, 3, 2};

    private OrgNumbers() {
    }

    /** The first {@code count} valid organisation numbers from {@code firstBase}*10 upwards. */
    static String[] first(int count, int firstBase) {
        String[] out = new String[count];
        int seen = 0;
        for (int base = firstBase; seen < count; base++) {
            String s = Integer.toString(base);
            int sum = 0;
            for (int k = 0; k < 8; k++) {
                sum += (s.charAt(k) - '0') * W[k];
            }
            int r = sum % 11;
            if (r == 1) {
                continue;
            }
            int check = r == 0 ? 0 : 11 - r;
            out[seen++] = s + check;
        }
        return out;
    }

    static boolean isValid(String s) {
        if (s.length() != 9) {
            return false;
        }
        int sum = 0;
        for (int k = 0; k < 8; k++) {
            sum += (s.charAt(k) - '0') * W[k];
        }
        int r = sum % 11;
        return r != 1 && (r == 0 ? 0 : 11 - r) == s.charAt(8) - '0';
    }
}
