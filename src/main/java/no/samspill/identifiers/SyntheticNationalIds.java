package no.samspill.identifiers;

import java.time.LocalDate;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Generates synthetic national ID numbers (Test Norge style: month + 80) for demo data and test builders.
 * Generated numbers use the pre-2032 check-digit rule and encode sex in the ninth digit, so they parse back to the
 * given birth date and sex. They can never collide with a real person's number.
 */
public final class SyntheticNationalIds {

    private SyntheticNationalIds() {
    }

    /** A synthetic fødselsnummer for someone born on {@code birthDate} (1854–2039) with the given sex. */
    public static NationalIdNumber generate(LocalDate birthDate, Sex sex, RandomGenerator random) {
        return generate(birthDate, sex, random, 0);
    }

    /** A synthetic D-number (day + 40, month + 80) for someone born on {@code birthDate} (1854–2039). */
    public static NationalIdNumber generateDNumber(LocalDate birthDate, Sex sex, RandomGenerator random) {
        return generate(birthDate, sex, random, NationalIdNumber.D_NUMBER_DAY_OFFSET);
    }

    private static NationalIdNumber generate(LocalDate birthDate, Sex sex, RandomGenerator random, int dayOffset) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(random, "random");
        int year = birthDate.getYear();
        int first;
        int last;
        // Individual number series per century (Skatteetaten); 900–999 for 1940–1999 is a reserve, so not used here.
        if (year >= 1854 && year <= 1899) {
            first = 500;
            last = 749;
        } else if (year >= 1900 && year <= 1999) {
            first = 0;
            last = 499;
        } else if (year >= 2000 && year <= 2039) {
            first = 500;
            last = 999;
        } else {
            throw new IllegalArgumentException("Kan bare lage fødselsnummer for fødselsår 1854–2039");
        }
        String datePart = "%02d%02d%02d".formatted(
                birthDate.getDayOfMonth() + dayOffset,
                birthDate.getMonthValue() + NationalIdNumber.SYNTHETIC_MONTH_OFFSET,
                year % 100);
        int parity = sex == Sex.MALE ? 1 : 0;
        // Same-parity candidates in the series, visited from a random start so the search always terminates.
        int candidates = (last - first + 1) / 2;
        int start = random.nextInt(candidates);
        for (int i = 0; i < candidates; i++) {
            int individualNumber = first + 2 * ((start + i) % candidates) + parity;
            String withoutCheckDigits = datePart + "%03d".formatted(individualNumber);
            String number = withCheckDigits(withoutCheckDigits);
            if (number != null) {
                return new NationalIdNumber(number);
            }
        }
        throw new IllegalStateException("Fant ikke ledig individnummer for " + birthDate);
    }

    /** Appends K1 and K2 by the classic rule, or returns null when either would be 10. */
    private static String withCheckDigits(String nineDigits) {
        int[] digits = Mod11.digits(nineDigits + "00");
        int k1 = Mod11.checkDigit(digits, NationalIdNumber.K1_WEIGHTS);
        if (k1 == Mod11.NO_CHECK_DIGIT) {
            return null;
        }
        digits[9] = k1;
        int k2 = Mod11.checkDigit(digits, NationalIdNumber.K2_WEIGHTS);
        if (k2 == Mod11.NO_CHECK_DIGIT) {
            return null;
        }
        return nineDigits + k1 + k2;
    }
}
