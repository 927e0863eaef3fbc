package no.samspill.access;

import java.util.concurrent.CompletableFuture;

/**
 * The decision on an {@link AskedWrite}: a grant whose entry commits with the change, or a refusal whose entry is on
 * its way to the access log. The asking thread settles a refusal with {@link PersonDataAccess#refuse}.
 */
public final class WriteDecision {

    private final WriteGrant grant;
    private final NoAccessException refusal;
    final CompletableFuture<Void> refusalLogged;

    private WriteDecision(WriteGrant grant, NoAccessException refusal, CompletableFuture<Void> refusalLogged) {
        this.grant = grant;
        this.refusal = refusal;
        this.refusalLogged = refusalLogged;
    }

    static WriteDecision allowed(WriteGrant grant) {
        return new WriteDecision(grant, null, null);
    }

    static WriteDecision refused(AccessDecision decision, CompletableFuture<Void> logged) {
        return new WriteDecision(null, new NoAccessException(decision), logged);
    }

    public boolean allowed() {
        return grant != null;
    }

    /** The grant of an allowed write (append it with {@link PersonDataAccess#logWrites}); null when refused. */
    public WriteGrant grant() {
        return grant;
    }

    NoAccessException refusal() {
        return refusal;
    }
}
