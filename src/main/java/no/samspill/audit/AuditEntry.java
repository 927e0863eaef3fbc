package no.samspill.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One access to person data: who (user, role, organisation), what (person, resource, category), when, why (purpose,
 * consent) and whether it was allowed. {@code basis}: in what capacity the decision let the user in (the name of an
 * {@code access.AccessBasis}, such as NEAREST_LEADER; null when no relationship was found, and on entries written
 * before V119). A list read names every person shown in {@code listedPersons} (and no {@code personId}).
 */
public record AuditEntry(Instant at, String username, String displayName, String role, String organisationNumber,
                         String organisationName, UUID personId, String resourceType, String resourceId, String category,
                         Action action, String purpose, UUID consentId, boolean allowed, String reason,
                         String basis, List<UUID> listedPersons) {

    public AuditEntry {
        listedPersons = listedPersons == null ? List.of() : List.copyOf(listedPersons);
    }

    /** An entry about one person (not a list). */
    public AuditEntry(Instant at, String username, String displayName, String role, String organisationNumber,
                      String organisationName, UUID personId, String resourceType, String resourceId, String category,
                      Action action, String purpose, UUID consentId, boolean allowed, String reason, String basis) {
        this(at, username, displayName, role, organisationNumber, organisationName, personId, resourceType, resourceId,
                category, action, purpose, consentId, allowed, reason, basis, List.of());
    }

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
