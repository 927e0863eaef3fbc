package no.samspill.identifiers;

/**
 * Thrown when a string is not a valid identifier. The message is Norwegian and may be shown to users;
 * {@link #reason()} is for code.
 */
public class InvalidIdentifierException extends IllegalArgumentException {

    /** Why the identifier was rejected. */
    public enum Reason {
        BLANK,
        WRONG_LENGTH,
        NOT_DIGITS,
        INVALID_DATE,
        INVALID_INDIVIDUAL_NUMBER,
        INVALID_CHECK_DIGIT
    }

    private final Reason reason;

    public InvalidIdentifierException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
