package no.samspill.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Tells who is making the current request. */
@Component
public class CurrentUsers {

    public CurrentUser current() {
        return find().orElseThrow(() -> new IllegalStateException("No logged-in user"));
    }

    public Optional<CurrentUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SamspillPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }
}
