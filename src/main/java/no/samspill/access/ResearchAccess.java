package no.samspill.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.samspill.audit.AuditEntry;
import no.samspill.audit.AuditLog;
import org.springframework.stereotype.Service;

/**
 * The choke point for research extracts: the only way an analyst reads (pseudonymised) person-level data. An extract
 * asks, batch by batch, which persons it may include ({@link AccessPolicy#decideResearch}: the project's legal basis,
 * the persons' research consents and objections), and ends with one access-log entry, in the extract's transaction,
 * naming the project, the number of rows and every person included — the patient sees it in "who has seen my data".
 */
@Service
public class ResearchAccess {

    private final AccessRecords records;
    private final Viewers viewers;
    private final AuditLog audit;
    private final Clock clock;

    ResearchAccess(AccessRecords records, Viewers viewers, AuditLog audit, Clock clock) {
        this.records = records;
        this.viewers = viewers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Starts an extract for the current viewer; refused (and logged) unless the viewer is an analyst. */
    public Extract begin(String projectCode, ResearchBasis basis) {
        Viewer viewer = viewers.current();
        if (viewer.system() || viewer.party() != Party.ANALYST) {
            AccessDecision denied = AccessPolicy.decideResearch(viewer, basis, List.of(), false, LocalDate.now(clock));
            if (!viewer.system()) {
                // Logged on its own (not in the caller's transaction, which the refusal rolls back).
                audit.appendReads(List.of(entry(viewer, projectCode, false, denied.reason(), List.of()))).join();
            }
            throw new NoAccessException(denied);
        }
        return new Extract(viewer, projectCode, basis, LocalDate.now(clock));
    }

    /** One extract in progress: decides persons in batches, remembers who was included, logs once at the end. */
    public final class Extract {

        private final Viewer viewer;
        private final String projectCode;
        private final ResearchBasis basis;
        private final LocalDate day;
        private final Set<UUID> included = new LinkedHashSet<>();

        private Extract(Viewer viewer, String projectCode, ResearchBasis basis, LocalDate day) {
            this.viewer = viewer;
            this.projectCode = projectCode;
            this.basis = basis;
            this.day = day;
        }

        /** Which of these persons the extract may include (not logged yet: {@link #include} and {@link #finish} do). */
        public Set<UUID> allowed(Collection<UUID> personIds) {
            if (personIds.isEmpty()) {
                return Set.of();
            }
            Map<UUID, List<Consent>> consents = records.consentsOf(personIds);
            Set<UUID> objected = records.objectedToResearch(personIds);
            Set<UUID> allowed = new LinkedHashSet<>();
            for (UUID id : personIds) {
                if (AccessPolicy.decideResearch(viewer, basis, consents.getOrDefault(id, List.of()), objected.contains(id),
                        day).allowed()) {
                    allowed.add(id);
                }
            }
            return allowed;
        }

        /** Marks a person as written to the dataset. */
        public void include(UUID personId) {
            included.add(personId);
        }

        /** The one access-log entry of the extract, in the caller's transaction. */
        public void finish(String extractId, long rows) {
            audit.appendWrites(List.of(entry(viewer, projectCode + "/" + extractId, true,
                    "Forskningsuttrekk " + projectCode + ": " + rows + " rader, " + included.size() + " personer ("
                            + basis.label().toLowerCase() + ")", new ArrayList<>(included))));
        }
    }

    private AuditEntry entry(Viewer viewer, String resourceId, boolean allowed, String reason, List<UUID> persons) {
        return new AuditEntry(clock.instant(), viewer.username(), viewer.displayName(), viewer.roleLabel(),
                viewer.organisationNumber(), viewer.organisationName(), null, "ResearchExtract", resourceId,
                InformationCategory.HEALTH.name(), AuditEntry.Action.EXPORT, Purpose.RESEARCH.name(), null, allowed,
                reason, AccessBasis.RESEARCH_PROJECT.name(), persons);
    }
}
