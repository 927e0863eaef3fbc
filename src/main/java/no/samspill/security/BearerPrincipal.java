package no.samspill.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

/**
 * The caller of the API with a bearer token: the Samspill user the token's claims map to, the issuer, and the
 * token's scopes (e.g. SMART on FHIR {@code patient/*.read}, {@code user/*.read}) for adapters that check them.
 */
public final class BearerPrincipal implements OAuth2AuthenticatedPrincipal, HasCurrentUser, Serializable {

    private final CurrentUser user;
    private final String issuer;
    private final Set<String> scopes;
    private final Map<String, Object> claims;
    private final Collection<? extends GrantedAuthority> authorities;

    BearerPrincipal(CurrentUser user, String issuer, Set<String> scopes, Map<String, Object> claims,
                    Collection<? extends GrantedAuthority> authorities) {
        this.user = user;
        this.issuer = issuer;
        this.scopes = Set.copyOf(scopes);
        this.claims = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(claims));
        this.authorities = java.util.List.copyOf(authorities);
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    public String issuer() {
        return issuer;
    }

    public Set<String> scopes() {
        return scopes;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return claims;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getName() {
        return user.username();
    }
}
