package no.samspill.shared;

/** Someone else saved the same thing after it was read: the second save is refused instead of overwriting. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String what) {
        super(what + " er endret av en annen bruker siden du åpnet den. Last siden på nytt og gjør endringen igjen.");
    }
}
