package no.samspill.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt that remembers which (stored hash, password) pairs it has already verified, as a SHA-256 digest of the two
 * in memory only. HTTP Basic sends the password with every request (FHIR clients, the JSON API in demo mode), and
 * BCrypt deliberately costs ~0.1 s of CPU per check; without this, 32 clients would spend the two cores on hashing.
 * Only successful checks are remembered (at most {@value #LIMIT}); a wrong password always pays the full BCrypt
 * check, and log-in throttling still applies. See docs/decisions/0026-group-commit-for-submissions.md.
 */
final class VerifiedPasswords implements PasswordEncoder {

    static final int LIMIT = 10_000;

    private final PasswordEncoder delegate;
    private final Set<String> verified = ConcurrentHashMap.newKeySet();

    VerifiedPasswords(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String key = digest(encodedPassword, rawPassword);
        if (verified.contains(key)) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verified.size() >= LIMIT) {
                verified.clear();
            }
            verified.add(key);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private static String digest(String encoded, CharSequence raw) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(encoded.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(raw.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
