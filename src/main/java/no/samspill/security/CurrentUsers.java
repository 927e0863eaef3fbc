package no.samspill.security;

import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Tells who is making the current request, however they logged in: form or HTTP Basic (demo accounts), OIDC
 * (ID-porten, HelseID, Entra ID) or a bearer token on the API. Each of those principals is a {@link HasCurrentUser}.
 */
@Component
public class CurrentUsers {

    public CurrentUser current() {
        return find().orElseThrow(() -> new IllegalStateException("No logged-in user"));
    }

    public Optional<CurrentUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof HasCurrentUser principal) {
            return Optional.ofNullable(principal.currentUser());
        }
        return Optional.empty();
    }

    /**
     * The scopes of the bearer token of the current API call (e.g. SMART on FHIR {@code patient/*.read}); empty for a
     * session log-in, which is not limited by scopes.
     */
    public Set<String> tokenScopes() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof BearerPrincipal bearer) {
            return bearer.scopes();
        }
        return Set.of();
    }
}
