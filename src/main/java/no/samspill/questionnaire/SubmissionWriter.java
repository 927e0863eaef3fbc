package no.samspill.questionnaire;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import no.samspill.access.PersonDataAccess;
import no.samspill.access.WriteDecision;
import no.samspill.access.WriteGrant;
import no.samspill.person.PersonId;
import no.samspill.platform.BatchWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for submissions, as audit.AuditWriter does for read entries: request threads check and score a
 * response, then hand it here; one writer thread stores whatever has queued up in one transaction with multi-row
 * statements (links re-checked and locked, recorded responses placed in the open rounds that wait for them — locked
 * — or in new unscheduled ones, responses, answers, scores, completed rounds, used-up links, events, write audit
 * entries) and completes each caller's future only after the commit — nothing acknowledged is
 * lost. A response whose round and instrument already has a row (a double submit, even within one batch, or answers
 * saved as the patient went) is not inserted and goes back to the caller's careful, row-locked path. If a batch
 * fails, its submissions are retried one by one so that one bad submission cannot fail the others.
 */
@Component
class SubmissionWriter extends BatchWorker<SubmissionWriter.Pending> {

    private static final Logger log = LoggerFactory.getLogger(SubmissionWriter.class);
    private static final int MAX_BATCH = 256;

    private final SubmissionBatches batches;
    private final PersonDataAccess access;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final OpenPathways openPathways;

    SubmissionWriter(SubmissionBatches batches, PersonDataAccess access, ApplicationEventPublisher events,
                     PlatformTransactionManager transactions, OpenPathways openPathways) {
        super("submission-writer", MAX_BATCH);
        this.openPathways = openPathways;
        this.batches = batches;
        this.access = access;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Stores the submission and waits for the commit; answers the result with the submission as placed. Called inside
     * a transaction (which the writer thread could not see, and whose locks it could wait for), the submission is
     * stored in that transaction instead.
     */
    Submission.Written write(Submission submission) {
        CompletableFuture<Submission.Written> done = new CompletableFuture<>();
        Pending pending = new Pending(submission, done);
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return store(List.of(pending)).get(done);
        }
        if (!isRunning()) {
            writeNow(List.of(pending));
            return done.join();
        }
        enqueue(pending);
        try {
            return done.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    protected void handle(List<Pending> batch) {
        try {
            writeNow(batch);
        } catch (RuntimeException e) {
            log.warn("A batch of {} submissions failed; retrying them one by one", batch.size(), e);
            for (Pending p : batch) {
                try {
                    writeNow(List.of(p));
                } catch (RuntimeException alone) {
                    p.done().completeExceptionally(alone);
                }
            }
        }
    }

    /** One transaction for the batch; futures complete after the commit. */
    private void writeNow(List<Pending> batch) {
        Map<CompletableFuture<Submission.Written>, Submission.Written> results = transaction.execute(status -> store(batch));
        batch.forEach(p -> p.done().complete(results.get(p.done())));
    }

    private Map<CompletableFuture<Submission.Written>, Submission.Written> store(List<Pending> batch) {
        Map<CompletableFuture<Submission.Written>, Submission.Written> results = new IdentityHashMap<>();
        // Links are looked up and locked here: a link unknown, used, revoked or expired, or not for this instrument,
        // sends the submission back to the careful path (which names the reason). Recorded responses are placed in
        // rounds locked here, or in new ones.
        List<Pending> placed = place(authorise(throughLinks(batch, results), results), results);
        List<Submission> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<Submission, Pending> bySubmission = new IdentityHashMap<>();
        for (Pending p : placed) {
            Submission s = p.submission();
            if (!seen.add(s.roundId() + " " + s.instrument().url())) {
                results.put(p.done(), new Submission.Written(Submission.Result.NOT_INSERTED, s));
            } else {
                candidates.add(s);
                bySubmission.put(s, p);
            }
        }
        Set<UUID> inserted = batches.insertAll(candidates);
        List<Submission> stored = candidates.stream().filter(s -> inserted.contains(s.responseId())).toList();
        candidates.stream().filter(s -> !inserted.contains(s.responseId())).forEach(s ->
                results.put(bySubmission.get(s).done(), new Submission.Written(Submission.Result.NOT_INSERTED, s)));
        if (stored.isEmpty()) {
            return results;
        }
        Set<UUID> completed = batches.completeRounds(stored);
        List<WriteGrant> grants = new ArrayList<>();
        Set<UUID> announced = new HashSet<>();
        List<QuestionnaireEvents.RoundClosed> closed = new ArrayList<>();
        List<QuestionnaireEvents.ResponseSubmitted> submitted = new ArrayList<>();
        for (Submission s : stored) {
            boolean roundDone = completed.contains(s.roundId());
            results.put(bySubmission.get(s).done(), new Submission.Written(
                    roundDone ? Submission.Result.ROUND_COMPLETED : Submission.Result.STORED, s));
            if (roundDone && s.newRound() == null && announced.add(s.roundId())) {   // unscheduled: no worklist row
                closed.add(new QuestionnaireEvents.RoundClosed(s.pathwayId(), s.roundId()));
            }
            submitted.add(new QuestionnaireEvents.ResponseSubmitted(s.responseId(), s.roundId(), s.pathwayId(),
                    new PersonId(s.personId()), s.instrument().id(), s.instrument().version(),
                    s.score().complete()));
            if (s.grant() != null) {
                grants.add(s.grant());
            }
        }
        events.publishEvent(new QuestionnaireEvents.ResponsesSubmitted(submitted));
        if (!closed.isEmpty()) {
            events.publishEvent(new QuestionnaireEvents.RoundsClosed(closed));
        }
        access.logWrites(grants);
        return results;
    }

    /**
     * Finds the rounds of the batch's link submissions (one query, links and rounds locked): a usable link whose round
     * includes the instrument gives the submission its round, its person and the patient's own write entry; any other
     * goes back to the caller as not inserted.
     */
    private List<Pending> throughLinks(List<Pending> batch,
                                       Map<CompletableFuture<Submission.Written>, Submission.Written> results) {
        List<Submission> viaLink = batch.stream().map(Pending::submission).filter(s -> s.tokenHash() != null).toList();
        if (viaLink.isEmpty()) {
            return batch;
        }
        Map<String, SubmissionBatches.LinkRound> usable = batches.lockUsableLinks(viaLink);
        List<Pending> resolved = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            Submission s = p.submission();
            if (s.tokenHash() == null) {
                resolved.add(p);
                continue;
            }
            SubmissionBatches.LinkRound link = usable.get(s.tokenHex());
            if (link == null || !link.instruments().contains(s.instrument().ref())) {
                results.put(p.done(), new Submission.Written(Submission.Result.NOT_INSERTED, s));
            } else {
                resolved.add(new Pending(s.throughLink(link.roundId(), link.pathwayId(), link.personId(), link.label(),
                        link.instruments().size(), access.linkWrite(link.personId(), "QuestionnaireResponse",
                                s.responseId())), p.done()));
            }
        }
        return resolved;
    }

    /** Decides the batch's asked writes at once; a refused one goes back to its caller, who throws the refusal. */
    private List<Pending> authorise(List<Pending> batch,
                                    Map<CompletableFuture<Submission.Written>, Submission.Written> results) {
        List<Pending> asking = batch.stream().filter(p -> p.submission().asked() != null).toList();
        if (asking.isEmpty()) {
            return batch;
        }
        List<WriteDecision> decisions = access.decideWrites(asking.stream().map(p -> p.submission().asked()).toList());
        Map<Pending, WriteDecision> decisionOf = new IdentityHashMap<>();
        for (int i = 0; i < asking.size(); i++) {
            decisionOf.put(asking.get(i), decisions.get(i));
        }
        List<Pending> allowed = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            WriteDecision decision = decisionOf.get(p);
            if (decision == null) {
                allowed.add(p);
            } else if (decision.allowed()) {
                allowed.add(new Pending(p.submission().granted(decision.grant()), p.done()));
            } else {
                results.put(p.done(), new Submission.Written(Submission.Result.REFUSED, p.submission(), decision));
            }
        }
        return allowed;
    }

    /**
     * Places the recorded responses of the batch (those with a {@link Submission.Placement}): each goes to the earliest
     * open round of its person that waits for its instrument (locked here; one response per round and questionnaire,
     * also within the batch), else to a new unscheduled round on the newest open pathway it may go to. A person without
     * such a pathway gets {@link Submission.Result#NO_OPEN_PATHWAY}. Other submissions pass unchanged.
     */
    private List<Pending> place(List<Pending> batch, Map<CompletableFuture<Submission.Written>, Submission.Written> results) {
        List<Submission> unplaced = batch.stream().map(Pending::submission).filter(s -> s.placement() != null).toList();
        if (unplaced.isEmpty()) {
            return batch;
        }
        LocalDate dueBy = unplaced.stream().map(s -> s.placement().dueBy())
                .max(Comparator.naturalOrder()).orElseThrow();
        List<SubmissionBatches.OpenRound> rounds = batches.lockOpenRoundsOf(
                unplaced.stream().map(Submission::personId).collect(Collectors.toSet()), dueBy);
        // A clinic's team writes only on its own clinic's pathways: their clinics are looked up (one query) when such
        // a write is in the batch.
        boolean byClinics = unplaced.stream().anyMatch(s -> s.grant() != null && s.grant().dependsOnClinic());
        Map<UUID, String> clinics = new HashMap<>(byClinics
                ? access.clinicsOf(rounds.stream().map(SubmissionBatches.OpenRound::pathwayId).collect(Collectors.toSet()))
                : Map.of());
        Set<String> taken = new HashSet<>();
        Map<Submission, SubmissionBatches.OpenRound> roundOf = new IdentityHashMap<>();
        Set<UUID> withoutRound = new HashSet<>();
        for (Submission s : unplaced) {
            rounds.stream().filter(r -> waitsFor(r, s) && mayGoOn(s, r.pathwayId(), clinics)
                            && !taken.contains(r.id() + " " + s.instrument().url()))
                    .findFirst()
                    .ifPresentOrElse(r -> {
                        taken.add(r.id() + " " + s.instrument().url());
                        roundOf.put(s, r);
                    }, () -> withoutRound.add(s.personId()));
        }
        Map<UUID, List<UUID>> open = withoutRound.isEmpty() ? Map.of() : openPathways.openOf(withoutRound);
        if (byClinics && !open.isEmpty()) {
            clinics.putAll(access.clinicsOf(open.values().stream().flatMap(List::stream).collect(Collectors.toSet())));
        }
        List<Pending> placed = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            Submission s = p.submission();
            if (s.placement() == null) {
                placed.add(p);
                continue;
            }
            SubmissionBatches.OpenRound round = roundOf.get(s);
            if (round != null) {
                placed.add(new Pending(s.placedIn(round.id(), round.pathwayId(), round.label(),
                        round.instruments().size(), null), p.done()));
                continue;
            }
            UUID pathway = open.getOrDefault(s.personId(), List.of()).stream()
                    .filter(id -> (s.placement().pathways().isEmpty() || s.placement().pathways().contains(id))
                            && mayGoOn(s, id, clinics))
                    .findFirst().orElse(null);
            if (pathway == null) {
                results.put(p.done(), new Submission.Written(Submission.Result.NO_OPEN_PATHWAY, s));
            } else {
                placed.add(new Pending(s.placedIn(UUID.randomUUID(), pathway, RecordResponse.UNSCHEDULED, 1,
                        new Submission.NewRound(UUID.randomUUID(), s.placement().today())), p.done()));
            }
        }
        return placed;
    }

    /** Whether the submission's granted write covers a pathway held by that clinic (decision 0030). */
    private static boolean mayGoOn(Submission s, UUID pathwayId, Map<UUID, String> clinics) {
        return s.grant() == null || !s.grant().dependsOnClinic() || s.grant().coversPathwayHeldBy(clinics.get(pathwayId));
    }

    private static boolean waitsFor(SubmissionBatches.OpenRound round, Submission s) {
        Submission.Placement where = s.placement();
        return round.personId().equals(s.personId()) && !round.dueDate().isAfter(where.dueBy())
                && (where.pathways().isEmpty() || where.pathways().contains(round.pathwayId()))
                && round.instruments().contains(s.instrument().ref())
                && !round.answered().contains(s.instrument().url());
    }

    /** Stop after the web server so that the last requests' submissions are written. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 4096;
    }

    record Pending(Submission submission, CompletableFuture<Submission.Written> done) {
    }
}
