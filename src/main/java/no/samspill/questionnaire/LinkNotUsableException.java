package no.samspill.questionnaire;

/**
 * A link that cannot be used: unknown, expired, revoked or already used. Pages show the same neutral text for every
 * reason; only the JSON API tells "already used" apart (the caller holds the token, so nothing leaks).
 */
public class LinkNotUsableException extends RuntimeException {

    public enum Reason { UNKNOWN, EXPIRED, USED }

    private final Reason reason;

    public LinkNotUsableException(Reason reason) {
        super("Lenken kan ikke brukes");
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
