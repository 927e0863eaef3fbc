package no.samspill.access;

/**
 * A read or write the access decision refused. Adapters answer 404 when the viewer has no relationship to the person
 * (so existence does not leak) and 403 otherwise, and show nothing of the resource.
 */
public class NoAccessException extends RuntimeException {

    private final AccessDecision decision;

    public NoAccessException(AccessDecision decision) {
        super(decision.reason());
        this.decision = decision;
    }

    public AccessDecision decision() {
        return decision;
    }

    /** True when revealing that the resource exists would itself leak something. */
    public boolean hideExistence() {
        return !decision.related();
    }
}
