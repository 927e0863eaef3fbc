package no.samspill.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Throttles guessing: after {@value #MAX_FAILURES} failed log-ins for one user name, or
 * {@value #MAX_FAILURES_PER_ADDRESS} from one address (many users can share one address behind a NAT), within
 * {@link #WINDOW}, further attempts for it are refused until the window has passed. Kept in memory: a restart or a
 * second instance starts afresh (noted in the README's known gaps).
 */
@Component
public class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginAttempts(Clock clock) {
        this.clock = clock;
    }

    public boolean blocked(String username, String address) {
        return over("u:" + normalise(username), MAX_FAILURES) || over("a:" + address, MAX_FAILURES_PER_ADDRESS);
    }

    void failed(String username, String address) {
        record("u:" + normalise(username));
        record("a:" + address);
    }

    void succeeded(String username) {
        failures.remove("u:" + normalise(username));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        failed(String.valueOf(event.getAuthentication().getPrincipal()), RequestAddress.current());
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private boolean over(String key, int limit) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            prune(times);
            return times.size() >= limit;
        }
    }

    private void record(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times);
            times.addLast(clock.instant());
        }
    }

    private void prune(Deque<Instant> times) {
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
            times.removeFirst();
        }
    }

    private static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
