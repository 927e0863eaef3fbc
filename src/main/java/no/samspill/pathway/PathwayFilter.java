package no.samspill.pathway;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.shared.FieldErrors;

/**
 * What the coordinator's pathway list shows: a state (or all), a search text (a whole national ID number, or the
 * beginnings of the person's names) and a page. {@link #parse} checks raw request values and names every field at
 * fault, so the page and the API answer bad input the same way.
 *
 * @param state      the state, or null for all
 * @param nationalId the person searched for by national ID number, or null
 * @param nameParts  beginnings of names as typed (each must begin a given or family name, case ignored), empty for
 *                   no name search
 */
@PersonData(InformationCategory.ADMIN)
public record PathwayFilter(PathwayState state, NationalIdNumber nationalId, List<String> nameParts, int page,
                            int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    static final int MAX_QUERY_LENGTH = 100;
    private static final Pattern DIGITS = Pattern.compile("[0-9 ]+");
    private static final Pattern NAME_PART = Pattern.compile("[\\p{L}][\\p{L}'.-]*");

    public PathwayFilter {
        nameParts = List.copyOf(nameParts);
    }

    public boolean searching() {
        return nationalId != null || !nameParts.isEmpty();
    }

    /** Parses raw values (null or blank: the default); every problem is reported under its field. */
    public static PathwayFilter parse(String state, String q, String page, String size) {
        FieldErrors errors = new FieldErrors();
        PathwayState parsedState = errors.optional("state", state, raw -> {
            try {
                return PathwayState.valueOf(raw.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Ukjent status «" + raw + "»: bruk "
                        + String.join(", ", Arrays.stream(PathwayState.values()).map(Enum::name).toList()));
            }
        });
        Integer pageNo = errors.optional("page", page, raw -> number(raw, 0, Integer.MAX_VALUE / MAX_SIZE,
                "Sidenummeret må være et heltall fra 0"));
        Integer pageSize = errors.optional("size", size, raw -> number(raw, 1, MAX_SIZE,
                "Sidestørrelsen må være et heltall fra 1 til " + MAX_SIZE));
        NationalIdNumber nationalId = null;
        List<String> parts = List.of();
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_QUERY_LENGTH) {
            errors.add("q", "Søket kan ha høyst " + MAX_QUERY_LENGTH + " tegn");
        } else if (!text.isEmpty() && DIGITS.matcher(text).matches()) {
            nationalId = errors.optional("q", text, raw -> {
                String digits = raw.replace(" ", "");
                if (digits.length() != 11 || !NationalIdNumber.isValid(digits)) {
                    throw new IllegalArgumentException("Skriv et helt og gyldig fødselsnummer (11 siffer), eller et navn");
                }
                return NationalIdNumber.parse(digits);
            });
        } else if (!text.isEmpty()) {
            parts = Arrays.stream(text.split("\\s+")).toList();
            if (text.length() < 2 || !parts.stream().allMatch(p -> NAME_PART.matcher(p).matches())) {
                errors.add("q", "Skriv minst to bokstaver av et navn, eller et helt fødselsnummer");
            }
        }
        errors.throwIfAny();
        return new PathwayFilter(parsedState, nationalId, parts, pageNo == null ? 0 : pageNo,
                pageSize == null ? DEFAULT_SIZE : pageSize);
    }

    private static int number(String raw, int min, int max, String message) {
        try {
            int n = Integer.parseInt(raw);
            if (n < min || n > max) {
                throw new IllegalArgumentException(message);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(message);
        }
    }
}
