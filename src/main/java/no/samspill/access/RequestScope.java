package no.samspill.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * What the access layer keeps for the duration of one HTTP request: the audit entries not yet confirmed durable (the
 * response waits for them), and each person's relationships and consents (and each pathway's clinic), read once per request — fresh for every
 * request, so a withdrawn consent counts from the very next request.
 */
final class RequestScope {

    private static final ThreadLocal<RequestScope> CURRENT = new ThreadLocal<>();

    final List<CompletableFuture<Void>> pendingAudit = new ArrayList<>();
    private final Map<UUID, List<Relationship>> relationships = new HashMap<>();
    private Party relationshipsParty;
    final Map<UUID, List<Consent>> consents = new HashMap<>();
    final Map<UUID, String> pathwayClinics = new HashMap<>();

    /** The persons' relationships of this party read so far in the request (a request has one viewer). */
    Map<UUID, List<Relationship>> relationshipsFor(Party party) {
        if (party != relationshipsParty) {
            relationships.clear();
            relationshipsParty = party;
        }
        return relationships;
    }

    static RequestScope begin() {
        RequestScope scope = new RequestScope();
        CURRENT.set(scope);
        return scope;
    }

    static void end() {
        CURRENT.remove();
    }

    /** The current request's scope, or null outside a request (tests, listeners): then nothing is cached or deferred. */
    static RequestScope current() {
        return CURRENT.get();
    }
}
