package no.samspill.shared;

/** A change the current state does not allow, such as closing a pathway twice. The message says why, in Norwegian. */
public class RefusedChangeException extends RuntimeException {

    public RefusedChangeException(String message) {
        super(message);
    }
}
