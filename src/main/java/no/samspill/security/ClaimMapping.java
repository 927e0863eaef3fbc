package no.samspill.security;

import java.util.Collection;
import java.util.Map;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * Turns one identity provider's claims into a Samspill user, or rejects them. The same mapping serves the OIDC log-in
 * (claims of the ID token and user info) and bearer tokens on the API (claims of the access token).
 */
interface ClaimMapping {

    /** The provider key: a client registration id ({@code idporten}, {@code helseid}, {@code entra}). */
    String provider();

    /** The user the claims describe; throws {@link OAuth2AuthenticationException} (see {@link LoginRejection}) if not acceptable. */
    CurrentUser map(Map<String, Object> claims);

    static String string(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> values) {
            // Some providers send a one-element array where one value is meant.
            return values.size() == 1 ? String.valueOf(values.iterator().next()).trim() : null;
        }
        String text = String.valueOf(value).trim();
        return text.isEmpty() ? null : text;
    }

    static String displayName(Map<String, Object> claims, String fallback) {
        String name = string(claims, "name");
        if (name != null) {
            return name;
        }
        String given = string(claims, "given_name");
        String family = string(claims, "family_name");
        if (given != null || family != null) {
            return ((given == null ? "" : given) + " " + (family == null ? "" : family)).trim();
        }
        return fallback;
    }

    static OAuth2AuthenticationException reject(LoginRejection reason, String detail) {
        return new OAuth2AuthenticationException(new OAuth2Error(reason.code(), detail, null), reason.code() + ": " + detail);
    }
}
