package no.samspill.person;

import java.util.regex.Pattern;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import no.samspill.identifiers.NationalIdNumber;

/**
 * Who the nearest leader is, as their log-in knows them: a national ID number (what ID-porten gives for a leader who
 * logs in; the pseudonymous {@code sub} is unknown at intake) or, for an account Samspill itself knows (the demo
 * accounts), its user name such as {@code lars.leder}. Only this leader is related to the employee; an employment
 * without one gives the employer no access at all.
 */
@PersonData(InformationCategory.ADMIN)
public record NearestLeader(String value) {

    /** Lower-case words joined by dots, dashes or underscores, as Samspill's own user names are. */
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9]*(?:[._-][a-z0-9]+)+");
    static final String FORMAT = "Oppgi nærmeste leders fødselsnummer (11 siffer) eller brukernavn (som lars.leder)";

    public NearestLeader {
        if (value == null || !(isNationalId(value) || (value.length() <= 100 && USERNAME.matcher(value).matches()))) {
            throw new IllegalArgumentException(FORMAT);
        }
    }

    /** Parses user input: surrounding whitespace is removed, a national ID number may contain spaces. */
    public static NearestLeader parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException(FORMAT);
        }
        String trimmed = raw.strip();
        String digits = trimmed.replace(" ", "");
        if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
            // A number must be a valid national ID number or D-number; its own message says what is wrong.
            return new NearestLeader(NationalIdNumber.parse(digits).value());
        }
        return new NearestLeader(trimmed);
    }

    /** True for a national ID number (or D-number), false for a user name. */
    public boolean isNationalId() {
        return isNationalId(value);
    }

    private static boolean isNationalId(String value) {
        return value.length() == 11 && value.chars().allMatch(Character::isDigit) && NationalIdNumber.isValid(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
