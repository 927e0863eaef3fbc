package no.samspill.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedPasswordsTest {

    /** Counts the checks that reach the slow encoder; "hash:" + password is its stand-in for a BCrypt hash. */
    static final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return encoded.equals("hash:" + raw);
        }
    }

    @Test
    void aVerifiedPasswordIsNotCheckedAgainButAWrongOneAlwaysIs() {
        CountingEncoder slow = new CountingEncoder();
        VerifiedPasswords passwords = new VerifiedPasswords(slow);
        String stored = passwords.encode("demo");
        assertThat(passwords.matches("demo", stored)).isTrue();
        assertThat(passwords.matches("demo", stored)).isTrue();
        assertThat(slow.checks).hasValue(1);
        assertThat(passwords.matches("wrong", stored)).isFalse();
        assertThat(passwords.matches("wrong", stored)).isFalse();
        assertThat(slow.checks).hasValue(3);
        // The same password against another stored hash is a different pair.
        assertThat(passwords.matches("demo", "hash:other")).isFalse();
        assertThat(slow.checks).hasValue(4);
    }
}
