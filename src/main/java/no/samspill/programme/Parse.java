package no.samspill.programme;

import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Parsers for user input with Norwegian messages, for {@link no.samspill.shared.FieldErrors}. */
final class Parse {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ]{8,15}$");

    private Parse() {
    }

    static Function<String, Integer> wholeNumber(int min, int max, String what) {
        return raw -> {
            int value;
            try {
                value = Integer.parseInt(raw.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Skriv " + what + " som et helt tall");
            }
            if (value < min || value > max) {
                throw new IllegalArgumentException(capitalised(what) + " må være mellom " + min + " og " + max);
            }
            return value;
        };
    }

    static <E extends Enum<E>> Function<String, E> choice(Class<E> type, String message) {
        return raw -> {
            try {
                return Enum.valueOf(type, raw.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(message);
            }
        };
    }

    static UUID uuid(String raw) {
        try {
            return UUID.fromString(raw.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Ugyldig valg");
        }
    }

    static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
