package no.samspill.trial;

import no.samspill.shared.InvalidInputException;

/** Why a pathway was withdrawn from a trial: required, at most {@value #MAX_LENGTH} characters, stored trimmed. */
public final class WithdrawalReason {

    public static final int MAX_LENGTH = 500;

    private WithdrawalReason() {
    }

    /** The reason, trimmed; an {@link InvalidInputException} on the field {@code reason} if blank or too long. */
    public static String check(String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInputException.of("reason", "Skriv hvorfor forløpet trekkes fra studien");
        }
        String reason = raw.strip();
        if (reason.length() > MAX_LENGTH) {
            throw InvalidInputException.of("reason", "Begrunnelsen kan være høyst " + MAX_LENGTH + " tegn");
        }
        return reason;
    }
}
