package no.samspill.sickleave;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the max date depends on besides the leave itself: the sick-pay scheme and, when known, the birth date
 * (for the caps at age 67 and 70). A {@code null} birth date means "unknown": no age caps are applied.
 */
public record MaxDateRule(SickPayScheme scheme, LocalDate birthDate) {

    public MaxDateRule {
        Objects.requireNonNull(scheme, "Sykepengeordning mangler");
    }

    public static MaxDateRule of(SickPayScheme scheme) {
        return new MaxDateRule(scheme, null);
    }

    public static MaxDateRule of(SickPayScheme scheme, LocalDate birthDate) {
        return new MaxDateRule(scheme, Objects.requireNonNull(birthDate, "Fødselsdato mangler"));
    }

    public Optional<LocalDate> knownBirthDate() {
        return Optional.ofNullable(birthDate);
    }
}
