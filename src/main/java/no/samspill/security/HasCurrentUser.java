package no.samspill.security;

/**
 * A Spring Security principal that knows the Samspill user behind it: the form/HTTP Basic account
 * ({@link SamspillPrincipal}), an OIDC log-in ({@link SamspillOidcUser}) and a bearer token ({@link BearerPrincipal}).
 * {@link CurrentUsers} reads any of them.
 */
public interface HasCurrentUser {

    CurrentUser currentUser();
}
