package no.samspill.fhir;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SMART on FHIR scopes (v1 {@code user/Patient.read}, {@code user/*.write}, {@code user/*.*}; v2 {@code user/Patient.rs},
 * {@code user/*.cruds}) as a limit on what a bearer token's client may do for its user. They never widen access: the
 * access decision still decides which persons the user may see. Without a launch context, {@code patient/} scopes count
 * only for a patient user (whose own data is the only data they can reach); {@code system/} scopes are not accepted
 * (there is no system client yet).
 */
final class SmartScopes {

    /** The interaction asked for, as SMART v2 letters: c(reate), r(ead), u(pdate), d(elete), s(earch). */
    enum Interaction {
        CREATE('c'), READ('r'), UPDATE('u'), DELETE('d'), SEARCH('s');

        final char letter;

        Interaction(char letter) {
            this.letter = letter;
        }
    }

    private static final Pattern SCOPE = Pattern.compile("(patient|user|system)/(\\*|[A-Z][A-Za-z]+)\\.(read|write|\\*|c?r?u?d?s?)");

    private SmartScopes() {
    }

    static boolean allows(Set<String> scopes, boolean patientUser, String resourceType, Interaction interaction) {
        for (String scope : scopes) {
            Matcher m = SCOPE.matcher(scope);
            if (!m.matches() || m.group(3).isEmpty()) {
                continue;
            }
            String context = m.group(1);
            if (context.equals("system") || (context.equals("patient") && !patientUser)) {
                continue;
            }
            if (!m.group(2).equals("*") && !m.group(2).equals(resourceType)) {
                continue;
            }
            if (grants(m.group(3), interaction)) {
                return true;
            }
        }
        return false;
    }

    private static boolean grants(String mode, Interaction interaction) {
        return switch (mode) {
            case "*" -> true;
            case "read" -> interaction == Interaction.READ || interaction == Interaction.SEARCH;
            case "write" -> interaction == Interaction.CREATE || interaction == Interaction.UPDATE
                    || interaction == Interaction.DELETE;
            default -> mode.indexOf(interaction.letter) >= 0;
        };
    }
}
