package no.samspill.security;

/** The logged-in user: who, in which role, acting for which organisation (organisation number). */
public record CurrentUser(String username, String displayName, Role role, String organisationNumber,
                          String organisationName) {
}
