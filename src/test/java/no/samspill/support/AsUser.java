package no.samspill.support;

import java.util.List;
import java.util.function.Supplier;
import no.samspill.security.CurrentUser;
import no.samspill.security.HasCurrentUser;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Runs work as a demo user on the current thread (for tests that use other threads or switch users). */
public final class AsUser {

    private final UserDetailsService users;

    public AsUser(UserDetailsService users) {
        this.users = users;
    }

    public <T> T run(String username, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        UserDetails user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * Runs work as a user who is not a demo account, e.g. a test's own patient logged in through ID-porten (their
     * national ID number ties them to their person).
     */
    public static <T> T as(CurrentUser user, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        HasCurrentUser principal = () -> user;
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
