package no.samspill.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One access to person data: who (user, role, organisation), what (person, resource, category), when, why (purpose,
 * consent) and whether it was allowed.
 */
public record AuditEntry(Instant at, String username, String displayName, String role, String organisationNumber,
                         String organisationName, UUID personId, String resourceType, String resourceId, String category,
                         Action action, String purpose, UUID consentId, boolean allowed, String reason) {

    /** What was done with the data. */
    public enum Action {
        READ("så"), WRITE("endret"), EXPORT("eksporterte");

        private final String verb;

        Action(String verb) {
            this.verb = verb;
        }

        /** Norwegian past tense, for the patient's view. */
        public String verb() {
            return verb;
        }
    }
}
