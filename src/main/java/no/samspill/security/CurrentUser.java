package no.samspill.security;

/**
 * The logged-in user: who, in which role, acting for which organisation (organisation number), and the identifiers
 * that tie them to patients: HPR number for health personnel, national ID number for a patient.
 */
public record CurrentUser(String username, String displayName, Role role, String organisationNumber,
                          String organisationName, String hprNumber, String nationalId) implements java.io.Serializable {

    public CurrentUser(String username, String displayName, Role role, String organisationNumber,
                       String organisationName) {
        this(username, displayName, role, organisationNumber, organisationName, null, null);
    }
}
