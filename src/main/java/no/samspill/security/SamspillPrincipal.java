package no.samspill.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of a Samspill account. */
final class SamspillPrincipal implements UserDetails, HasCurrentUser {

    private final CurrentUser user;
    private final String passwordHash;

    SamspillPrincipal(CurrentUser user, String passwordHash) {
        this.user = user;
        this.passwordHash = passwordHash;
    }

    CurrentUser user() {
        return user;
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }
}
