package no.samspill.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import no.samspill.audit.AuditEntry;
import no.samspill.audit.AuditLog;
import org.springframework.stereotype.Service;

/**
 * The one choke point for person data. Every use case that reads or writes a person's data asks here first: the
 * decision (who, relationship, category, consent) is made by {@link AccessPolicy}, and every decision — allowed or
 * denied — is written to the audit log. Reads are logged in a transaction of their own (the record survives a failing
 * page); writes in the transaction of the change. A denial throws {@link NoAccessException}, before anything is shown.
 */
@Service
public class PersonDataAccess {

    private final AccessRecords records;
    private final Viewers viewers;
    private final AuditLog audit;
    private final Clock clock;
    private final PathwayClinics pathwayClinics;

    PersonDataAccess(AccessRecords records, Viewers viewers, AuditLog audit, Clock clock, PathwayClinics pathwayClinics) {
        this.records = records;
        this.viewers = viewers;
        this.audit = audit;
        this.clock = clock;
        this.pathwayClinics = pathwayClinics;
    }

    /** Allows the read of person-level data or throws; logs it either way. */
    public AccessDecision requireRead(UUID personId, InformationCategory category, String resourceType, Object resourceId) {
        return require(personId, null, category, resourceType, resourceId, false, AuditEntry.Action.READ);
    }

    /**
     * Allows the read of a pathway's resource or throws; logs it either way. The clinic team reads only its own
     * clinic's pathways ({@link ClinicScope}); another clinic's is refused as if it did not exist.
     */
    public AccessDecision requireRead(UUID personId, ClinicScope scope, InformationCategory category, String resourceType,
                                      Object resourceId) {
        return require(personId, scope, category, resourceType, resourceId, false, AuditEntry.Action.READ);
    }

    /** As {@link #requireRead}, for a resource that is a summary (what a GP may see of health data). */
    public AccessDecision requireReadSummary(UUID personId, InformationCategory category, String resourceType,
                                             Object resourceId) {
        return require(personId, null, category, resourceType, resourceId, true, AuditEntry.Action.READ);
    }

    /** As {@link #requireRead(UUID, ClinicScope, InformationCategory, String, Object)}, for a summary. */
    public AccessDecision requireReadSummary(UUID personId, ClinicScope scope, InformationCategory category,
                                             String resourceType, Object resourceId) {
        return require(personId, scope, category, resourceType, resourceId, true, AuditEntry.Action.READ);
    }

    /** Allows the change or throws; logs it in the caller's transaction (call it inside the use case's transaction). */
    public AccessDecision requireWrite(UUID personId, InformationCategory category, String resourceType, Object resourceId) {
        return require(personId, null, category, resourceType, resourceId, false, AuditEntry.Action.WRITE);
    }

    /** As {@link #requireWrite}, for a pathway's resource: the clinic team changes only its own clinic's pathways. */
    public AccessDecision requireWrite(UUID personId, ClinicScope scope, InformationCategory category,
                                       String resourceType, Object resourceId) {
        return require(personId, scope, category, resourceType, resourceId, false, AuditEntry.Action.WRITE);
    }

    /**
     * The patient or the nearest leader confirms having read a plan version. The read of the plan's work-function
     * content is decided once (with the consents, as when viewing the plan) and logged as a read; a refusal throws,
     * answered 404 to the unrelated. The confirmation follows from that read ({@link AccessPolicy#decideAcknowledgement}:
     * the same relationship and consent, and only these two parties) and is logged in the caller's transaction (call it
     * inside the use case's transaction).
     */
    public AccessDecision requirePlanAcknowledgement(UUID personId, Object planVersionId) {
        AccessDecision read = require(personId, null, InformationCategory.WORK_FUNCTION, "Plan", planVersionId, false,
                AuditEntry.Action.READ);
        Viewer viewer = viewers.current();
        AccessDecision decision = AccessPolicy.decideAcknowledgement(viewer, read);
        log(viewer, personId, "PlanAcknowledgement", planVersionId, decision, AuditEntry.Action.WRITE, Purpose.FOLLOW_UP);
        if (!decision.allowed()) {
            throw new NoAccessException(decision);
        }
        return decision;
    }

    /**
     * Asks for a write to be decided later, together with others, in the transaction of the change
     * ({@link #decideWrites}): for a writer that commits many changes at once, so that the request thread makes no
     * round trip to the database for the decision. Captures who asks.
     */
    public AskedWrite askWrite(UUID personId, InformationCategory category, String resourceType, Object resourceId) {
        return new AskedWrite(viewers.current(), personId, category, resourceType, resourceId, LocalDate.now(clock));
    }

    /**
     * Decides writes asked with {@link #askWrite} (same rules as {@link #requireWrite}), with one query for the
     * relationships of all their persons. An allowed write's entry is in its grant, to be appended with
     * {@link #logWrites} in this transaction; a refusal is logged at once (on its own, like a read) and is settled on
     * the asking thread with {@link #refuse}. Answers the decisions in the order asked.
     */
    public List<WriteDecision> decideWrites(List<AskedWrite> asked) {
        List<UUID> persons = asked.stream().filter(a -> !a.viewer.system()).map(a -> a.personId).distinct().toList();
        Map<UUID, List<Relationship>> relationships = persons.isEmpty() ? Map.of() : records.relationshipsOf(persons);
        List<WriteDecision> decided = new ArrayList<>(asked.size());
        for (AskedWrite a : asked) {
            AccessDecision decision = AccessPolicy.decideWrite(a.viewer, a.viewer.system() ? List.of()
                    : relationships.getOrDefault(a.personId, List.of()), a.category, a.resourceType, null, a.today);
            if (decision.allowed()) {
                decided.add(WriteDecision.allowed(new WriteGrant(decision, a.viewer.system() ? null
                        : entry(a.viewer, a.personId, a.resourceType, a.resourceId, decision, AuditEntry.Action.WRITE,
                        Purpose.FOLLOW_UP), a.viewer)));
            } else {
                decided.add(WriteDecision.refused(decision, audit.appendReads(List.of(entry(a.viewer, a.personId,
                        a.resourceType, a.resourceId, decision, AuditEntry.Action.WRITE, Purpose.FOLLOW_UP)))));
            }
        }
        return decided;
    }

    /**
     * For a writer that places granted writes on pathways ({@link WriteGrant#coversPathwayHeldBy}): the clinic holding
     * each of these pathways, in one query. Not person data; not logged.
     */
    public Map<UUID, String> clinicsOf(Collection<UUID> pathwayIds) {
        return pathwayIds.isEmpty() ? Map.of() : pathwayClinics.clinicsOf(pathwayIds);
    }

    /** The clinic holding a pathway (null if there is none): for records kept per clinic, such as the history. */
    public String clinicOfPathway(UUID pathwayId) {
        String clinic = clinicHolding(pathwayId);
        return clinic.equals(NO_CLINIC) ? null : clinic;
    }

    /** On the asking thread: a refused write's entry is awaited like a read's, then the refusal is thrown. */
    public void refuse(WriteDecision decision) {
        if (decision.allowed()) {
            throw new IllegalArgumentException("The write was allowed");
        }
        awaitOrDefer(decision.refusalLogged);
        throw decision.refusal();
    }

    /** Appends the entries of writes decided with {@link #decideWrites}; call inside the change's transaction. */
    public void logWrites(Collection<WriteGrant> grants) {
        List<AuditEntry> entries = grants.stream().map(WriteGrant::entry).filter(java.util.Objects::nonNull).toList();
        if (!entries.isEmpty()) {
            audit.appendWrites(entries);
        }
    }

    /**
     * The patient opened their personal questionnaire link (no log-in: the link's token is the authority, checked by
     * the questionnaire module). Logged like any read, so it shows in the patient's own access log.
     */
    public void logLinkRead(UUID personId, String resourceType, Object resourceId) {
        awaitOrDefer(audit.appendReads(List.of(linkEntry(personId, resourceType, resourceId, AuditEntry.Action.READ))));
    }

    /** As {@link #logLinkRead}, for a change through the link: append it with {@link #logWrites} in its transaction. */
    public WriteGrant linkWrite(UUID personId, String resourceType, Object resourceId) {
        AccessDecision decision = AccessDecision.allow(InformationCategory.HEALTH, AccessBasis.PERSONAL_LINK, null,
                LINK_REASON);
        return new WriteGrant(decision, linkEntry(personId, resourceType, resourceId, AuditEntry.Action.WRITE), null);
    }

    private AuditEntry linkEntry(UUID personId, String resourceType, Object resourceId, AuditEntry.Action action) {
        return new AuditEntry(clock.instant(), LINK_USER, "Pasienten via personlig lenke", Party.PATIENT.label(), null,
                null, personId, resourceType, resourceId == null ? null : resourceId.toString(),
                InformationCategory.HEALTH.name(), action, Purpose.FOLLOW_UP.name(), null, true, LINK_REASON,
                AccessBasis.PERSONAL_LINK.name());
    }

    /** Who the access log names for the patient's own actions through a questionnaire link. */
    public static final String LINK_USER = "personlig-lenke";
    private static final String LINK_REASON = "Pasientens personlige lenke til spørreskjema";

    /** Would the current viewer be allowed this category? Not logged: use it to decide what to ask for, then ask. */
    public boolean mayRead(UUID personId, InformationCategory category) {
        return mayRead(personId, null, category);
    }

    /** As {@link #mayRead(UUID, InformationCategory)}, for a pathway's resource (null scope: person-level data). */
    public boolean mayRead(UUID personId, ClinicScope scope, InformationCategory category) {
        long started = AccessTiming.start();
        try {
            Viewer viewer = viewers.current();
            return decide(viewer, personId, clinicOf(viewer, scope), category, Purpose.FOLLOW_UP, false).allowed();
        } finally {
            AccessTiming.stop(started);
        }
    }

    /**
     * For a query over one person's rows that are tagged with the clinic holding them: the one clinic whose rows the
     * viewer may read in this category, when the viewer is limited to one. A clinic team reads only its own clinic's
     * pathways: its organisation number, or a value matching no clinic when even that is refused. Empty for every
     * other viewer, whose decision does not depend on the clinic: each clinic's rows are read as the person's are.
     * Decided as {@link #mayRead(UUID, ClinicScope, InformationCategory)}; not logged.
     */
    public Optional<String> onlyClinic(UUID personId, InformationCategory category) {
        Viewer viewer = viewers.current();
        if (viewer.system() || viewer.party() != Party.CLINIC) {
            return Optional.empty();
        }
        String own = viewer.organisationNumber() == null ? NO_CLINIC : viewer.organisationNumber();
        return Optional.of(mayRead(personId, ClinicScope.clinic(own), category) ? own : NO_CLINIC);
    }

    /**
     * For lists of pathways' resources: which of these items the viewer may read in this category, each decided for
     * its person and the clinic holding it. One entry is logged naming every person shown; the others are left out.
     */
    public <T> List<T> readableOf(List<T> items, java.util.function.Function<T, UUID> personOf,
                                  java.util.function.Function<T, String> clinicOf, InformationCategory category,
                                  String resourceType) {
        long started = AccessTiming.start();
        try {
            Viewer viewer = viewers.current();
            if (!viewer.system()) {
                prefetch(viewer, items.stream().map(personOf).toList());
            }
            List<T> shown = new ArrayList<>();
            Set<UUID> persons = new java.util.LinkedHashSet<>();
            for (T item : items) {
                UUID personId = personOf.apply(item);
                if (decide(viewer, personId, clinicOf.apply(item), category, Purpose.FOLLOW_UP, false).allowed()) {
                    shown.add(item);
                    persons.add(personId);
                }
            }
            logList(viewer, List.copyOf(persons), category, resourceType);
            return shown;
        } finally {
            AccessTiming.stop(started);
        }
    }

    /**
     * For lists: which of these persons the viewer may read in this category. Each person decided is logged (one
     * batch); the others are silently left out of the list.
     */
    public Set<UUID> readable(Collection<UUID> personIds, InformationCategory category, String resourceType) {
        long started = AccessTiming.start();
        try {
            return decideList(personIds, category, resourceType);
        } finally {
            AccessTiming.stop(started);
        }
    }

    private Set<UUID> decideList(Collection<UUID> personIds, InformationCategory category, String resourceType) {
        Viewer viewer = viewers.current();
        Map<UUID, AccessDecision> decisions = new LinkedHashMap<>();
        if (!viewer.system()) {
            prefetch(viewer, personIds);
        }
        for (UUID id : personIds) {
            decisions.putIfAbsent(id, decide(viewer, id, null, category, Purpose.FOLLOW_UP, false));
        }
        logList(viewer, decisions.entrySet().stream().filter(e -> e.getValue().allowed()).map(Map.Entry::getKey)
                .toList(), category, resourceType);
        Set<UUID> allowed = new java.util.LinkedHashSet<>();
        decisions.forEach((id, d) -> {
            if (d.allowed()) {
                allowed.add(id);
            }
        });
        return allowed;
    }

    /**
     * One entry for the whole list, naming every person shown; persons left out were not read. Every person shown was
     * allowed through a relationship of the viewer's own party ({@link Relationship#covers}), so that is the basis.
     */
    private void logList(Viewer viewer, List<UUID> shown, InformationCategory category, String resourceType) {
        if (viewer.system() || shown.isEmpty()) {
            return;
        }
        awaitOrDefer(audit.appendReads(List.of(new AuditEntry(clock.instant(), viewer.username(),
                viewer.displayName(), viewer.roleLabel(), viewer.organisationNumber(), viewer.organisationName(),
                null, resourceType, null, category.name(), AuditEntry.Action.READ, Purpose.FOLLOW_UP.name(),
                null, true, "Liste med " + shown.size() + " personer", basisOf(viewer), shown))));
    }

    /** Has the person an active consent for this recipient, category and purpose today (e.g. the GP in meetings)? */
    public boolean consented(UUID personId, Party recipient, InformationCategory category, Purpose purpose) {
        LocalDate today = LocalDate.now(clock);
        return records.consentsOf(personId).stream().anyMatch(c -> c.activeOn(today) && c.recipient() == recipient
                && c.category() == category && c.purpose() == purpose);
    }

    /** A security officer looks a person up to control the access log (purpose: audit control). */
    public AccessDecision requireAuditControl(UUID personId) {
        Viewer viewer = viewers.current();
        AccessDecision decision = decide(viewer, personId, null, InformationCategory.ADMIN, Purpose.AUDIT_CONTROL, false);
        log(viewer, personId, "AccessLog", null, decision, AuditEntry.Action.READ, Purpose.AUDIT_CONTROL);
        if (!decision.allowed()) {
            throw new NoAccessException(decision);
        }
        return decision;
    }

    /**
     * Kick-off of a de-identified bulk export ({@link AccessPolicy#decideDeidentifiedExport}): allowed or refused, the
     * decision is logged (with no person: none is read yet); a refusal throws. The grant lets the job read through the
     * modules' export queries in the background; {@link #logDeidentifiedExport} records whom it covered.
     */
    public DeidentifiedExport requireDeidentifiedExport(String jobId) {
        Viewer viewer = viewers.current();
        AccessDecision decision = AccessPolicy.decideDeidentifiedExport(viewer);
        awaitOrDefer(audit.appendReads(List.of(entry(viewer, null, "BulkExport", jobId, decision,
                AuditEntry.Action.READ, Purpose.STATISTICS))));
        if (!decision.allowed()) {
            throw new NoAccessException(decision);
        }
        return new DeidentifiedExport(viewer, jobId, decision);
    }

    /** One entry for a finished export job, naming every person whose data it wrote (de-identified). */
    public void logDeidentifiedExport(DeidentifiedExport grant, Collection<UUID> personIds, String summary) {
        Viewer v = DeidentifiedExport.require(grant).viewer();
        audit.appendReads(List.of(new AuditEntry(clock.instant(), v.username(), v.displayName(), v.roleLabel(),
                v.organisationNumber(), v.organisationName(), null, "BulkExport", grant.jobId(),
                grant.decision().category().name(), AuditEntry.Action.READ, Purpose.STATISTICS.name(), null, true,
                summary, grant.decision().recordedBasis(), List.copyOf(personIds)))).join();
    }

    /** Runs internal processing (event listeners, demo data) as the system: allowed, and not logged as a person's access. */
    public <T> T asSystem(Supplier<T> work) {
        return Viewers.asSystem(work);
    }

    public void asSystem(Runnable work) {
        Viewers.asSystem(() -> {
            work.run();
            return null;
        });
    }

    public Viewer viewer() {
        return viewers.current();
    }

    private AccessDecision require(UUID personId, ClinicScope scope, InformationCategory category, String resourceType,
                                   Object resourceId, boolean summary, AuditEntry.Action action) {
        long started = AccessTiming.start();
        try {
            return decideAndLog(personId, scope, category, resourceType, resourceId, summary, action);
        } finally {
            AccessTiming.stop(started);
        }
    }

    private AccessDecision decideAndLog(UUID personId, ClinicScope scope, InformationCategory category,
                                        String resourceType, Object resourceId, boolean summary,
                                        AuditEntry.Action action) {
        Viewer viewer = viewers.current();
        String clinic = clinicOf(viewer, scope);
        AccessDecision decision = action == AuditEntry.Action.WRITE
                ? AccessPolicy.decideWrite(viewer, relationshipsOf(viewer, personId), category, resourceType, clinic,
                LocalDate.now(clock))
                : decide(viewer, personId, clinic, category, Purpose.FOLLOW_UP, summary);
        log(viewer, personId, resourceType, resourceId, decision, action, Purpose.FOLLOW_UP);
        if (!decision.allowed()) {
            throw new NoAccessException(decision);
        }
        return decision;
    }

    AccessDecision decide(Viewer viewer, UUID personId, String pathwayClinic, InformationCategory category,
                          Purpose purpose, boolean summary) {
        if (viewer.system()) {
            return AccessPolicy.decide(viewer, List.of(), List.of(), category, purpose, summary, LocalDate.now(clock));
        }
        boolean needsConsents = viewer.party() == Party.NAV || viewer.party() == Party.EMPLOYER;
        return AccessPolicy.decide(viewer, relationshipsOf(viewer, personId),
                needsConsents ? consentsOf(personId) : List.of(), category, purpose, summary, pathwayClinic,
                LocalDate.now(clock));
    }

    /**
     * The clinic holding a scoped resource, as far as the decision needs it: only a clinic team's decision depends on
     * it, so other viewers never cause a look-up. A pathway that cannot be found is held by no clinic ({@link
     * #NO_CLINIC}): the clinic team is refused (fail closed). Looked up once per pathway per request.
     */
    private String clinicOf(Viewer viewer, ClinicScope scope) {
        if (scope == null || viewer.system() || viewer.party() != Party.CLINIC) {
            return null;
        }
        if (scope.knownClinic() != null) {
            return scope.knownClinic();
        }
        return clinicHolding(scope.pathwayId());
    }

    /** The clinic holding a pathway ({@link #NO_CLINIC} for an unknown one), looked up once per request. */
    private String clinicHolding(UUID pathwayId) {
        RequestScope request = RequestScope.current();
        if (request == null) {
            return pathwayClinics.clinicOf(pathwayId).orElse(NO_CLINIC);
        }
        return request.pathwayClinics.computeIfAbsent(pathwayId, id -> pathwayClinics.clinicOf(id).orElse(NO_CLINIC));
    }

    /** Matches no organisation number: what an unknown pathway is held by. */
    private static final String NO_CLINIC = "";

    /**
     * A person's relationships that can tie this viewer to them: those of the viewer's party, the only ones
     * {@link Relationship#covers} can match (the decision looks at no other). Read once per request, never across
     * requests, so changes count at once.
     */
    private List<Relationship> relationshipsOf(Viewer viewer, UUID personId) {
        if (viewer.system() || viewer.party() == null) {
            return List.of();
        }
        RequestScope scope = RequestScope.current();
        if (scope == null) {
            return records.relationshipsOf(List.of(personId), viewer.party()).getOrDefault(personId, List.of());
        }
        return scope.relationshipsFor(viewer.party()).computeIfAbsent(personId,
                id -> records.relationshipsOf(List.of(id), viewer.party()).getOrDefault(id, List.of()));
    }

    private List<Consent> consentsOf(UUID personId) {
        RequestScope scope = RequestScope.current();
        if (scope == null) {
            return records.consentsOf(personId);
        }
        return scope.consents.computeIfAbsent(personId, records::consentsOf);
    }

    /** For a list: one query for all the persons' relationships (and consents, where they matter) in this request. */
    private void prefetch(Viewer viewer, Collection<UUID> personIds) {
        RequestScope scope = RequestScope.current();
        if (scope == null || personIds.size() < 2) {
            return;
        }
        if (viewer.party() == null) {
            return;
        }
        Map<UUID, List<Relationship>> cached = scope.relationshipsFor(viewer.party());
        List<UUID> missing = personIds.stream().distinct().filter(id -> !cached.containsKey(id)).toList();
        if (missing.isEmpty()) {
            return;
        }
        Map<UUID, List<Relationship>> found = records.relationshipsOf(missing, viewer.party());
        missing.forEach(id -> cached.put(id, found.getOrDefault(id, List.of())));
        if (viewer.party() == Party.NAV || viewer.party() == Party.EMPLOYER) {
            Map<UUID, List<Consent>> consents = records.consentsOf(missing);
            missing.forEach(id -> scope.consents.put(id, consents.getOrDefault(id, List.of())));
        }
    }

    /** In a request the response waits for the log entry (AuditFlushFilter); elsewhere we wait here. */
    private static void awaitOrDefer(java.util.concurrent.CompletableFuture<Void> logged) {
        RequestScope scope = RequestScope.current();
        if (scope != null) {
            scope.pendingAudit.add(logged);
        } else {
            logged.join();
        }
    }

    private void log(Viewer viewer, UUID personId, String resourceType, Object resourceId, AccessDecision decision,
                     AuditEntry.Action action, Purpose purpose) {
        if (viewer.system()) {
            return;
        }
        AuditEntry entry = entry(viewer, personId, resourceType, resourceId, decision, action, purpose);
        if (action == AuditEntry.Action.WRITE && decision.allowed()) {
            audit.appendWrites(List.of(entry));
        } else {
            awaitOrDefer(audit.appendReads(List.of(entry)));
        }
    }

    private AuditEntry entry(Viewer viewer, UUID personId, String resourceType, Object resourceId, AccessDecision d,
                             AuditEntry.Action action, Purpose purpose) {
        return new AuditEntry(clock.instant(), viewer.username(), viewer.displayName(), viewer.roleLabel(),
                viewer.organisationNumber(), viewer.organisationName(), personId, resourceType,
                resourceId == null ? null : resourceId.toString(), d.category().name(), action, purpose.name(),
                d.consentId(), d.allowed(), d.reason(), d.recordedBasis());
    }

    private static String basisOf(Viewer viewer) {
        AccessBasis basis = viewer.party() == null ? null : AccessBasis.of(viewer.party());
        return basis == null ? null : basis.name();
    }
}
