package no.samspill.access;

/**
 * Who is asking, as the access decision sees it: the party they act for, their organisation, and the identifiers
 * that tie them to a person (HPR number for a GP, national ID number for a patient).
 */
public record Viewer(String username, String displayName, String roleLabel, Party party, String organisationNumber,
                     String organisationName, String hprNumber, String nationalId) {

    /** Internal processing (event listeners, demo data): not a person reading. */
    public static final Viewer SYSTEM = new Viewer("system", "Samspill (system)", "System", null, null, null, null, null);

    public boolean system() {
        return this == SYSTEM;
    }
}
