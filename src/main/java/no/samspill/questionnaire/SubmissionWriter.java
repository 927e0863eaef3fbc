package no.samspill.questionnaire;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import no.samspill.access.PersonDataAccess;
import no.samspill.access.WriteGrant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import no.samspill.platform.BatchWorker;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for submissions, as audit.AuditWriter does for read entries: request threads check and score a
 * response, then hand it here; one writer thread stores whatever has queued up in one transaction with multi-row
 * statements (links re-checked and locked, new rounds, responses, answers, scores, completed rounds, used-up links,
 * events, write audit entries) and completes each caller's future only after the commit — nothing acknowledged is
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

    SubmissionWriter(SubmissionBatches batches, PersonDataAccess access, ApplicationEventPublisher events,
                     PlatformTransactionManager transactions) {
        super("submission-writer", MAX_BATCH);
        this.batches = batches;
        this.access = access;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Stores the submission and waits for the commit. Called inside a transaction (which the writer thread could not
     * see, and whose locks it could wait for), the submission is stored in that transaction instead.
     */
    Submission.Result write(Submission submission) {
        CompletableFuture<Submission.Result> done = new CompletableFuture<>();
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            Pending alone = new Pending(submission, done);
            return store(List.of(alone)).get(alone);
        }
        if (!isRunning()) {
            return writeNow(List.of(new Pending(submission, done))).get(0).join();
        }
        enqueue(new Pending(submission, done));
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
    private List<CompletableFuture<Submission.Result>> writeNow(List<Pending> batch) {
        Map<Pending, Submission.Result> results = transaction.execute(status -> store(batch));
        batch.forEach(p -> p.done().complete(results.get(p)));
        return batch.stream().map(Pending::done).toList();
    }

    private Map<Pending, Submission.Result> store(List<Pending> batch) {
        Map<Pending, Submission.Result> results = new IdentityHashMap<>();
        // Links and rounds are locked and checked again: a link used, revoked or expired since the caller looked, or a
        // round completed meanwhile, sends the submission back to the careful path (which names the reason).
        List<Submission> all = batch.stream().map(Pending::submission).toList();
        Set<UUID> viaLink = batches.lockRoundsOfUsableLinks(all.stream().filter(s -> s.tokenHash() != null).toList());
        Set<UUID> open = batches.lockOpenRounds(all.stream()
                .filter(s -> s.tokenHash() == null && s.newRound() == null).toList());
        List<Submission> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<Submission, Pending> bySubmission = new IdentityHashMap<>();
        for (Pending p : batch) {
            Submission s = p.submission();
            boolean first = seen.add(s.roundId() + " " + s.instrument().url());
            boolean usable = s.newRound() != null
                    || (s.tokenHash() != null ? viaLink : open).contains(s.roundId());
            if (!usable || !first) {
                results.put(p, Submission.Result.NOT_INSERTED);
            } else {
                candidates.add(s);
                bySubmission.put(s, p);
            }
        }
        batches.insertNewRounds(candidates.stream().filter(s -> s.newRound() != null).toList());
        Set<UUID> inserted = batches.insertAll(candidates);
        List<Submission> stored = candidates.stream().filter(s -> inserted.contains(s.responseId())).toList();
        candidates.stream().filter(s -> !inserted.contains(s.responseId()))
                .forEach(s -> results.put(bySubmission.get(s), Submission.Result.NOT_INSERTED));
        if (stored.isEmpty()) {
            return results;
        }
        Set<UUID> completed = batches.completeRounds(stored);
        List<WriteGrant> grants = new ArrayList<>();
        Set<UUID> announced = new HashSet<>();
        List<QuestionnaireEvents.RoundClosed> closed = new ArrayList<>();
        for (Submission s : stored) {
            boolean roundDone = completed.contains(s.roundId());
            results.put(bySubmission.get(s), roundDone ? Submission.Result.ROUND_COMPLETED : Submission.Result.STORED);
            if (roundDone && announced.add(s.roundId())) {
                closed.add(new QuestionnaireEvents.RoundClosed(s.pathwayId(), s.roundId()));
            }
            events.publishEvent(new QuestionnaireEvents.ResponseSubmitted(s.responseId(), s.roundId(), s.pathwayId(),
                    new no.samspill.person.PersonId(s.personId()), s.instrument().id(), s.instrument().version(),
                    s.score().complete()));
            if (s.grant() != null) {
                grants.add(s.grant());
            }
        }
        if (!closed.isEmpty()) {
            events.publishEvent(new QuestionnaireEvents.RoundsClosed(closed));
        }
        access.logWrites(grants);
        return results;
    }

    /** Stop after the web server so that the last requests' submissions are written. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 4096;
    }

    record Pending(Submission submission, CompletableFuture<Submission.Result> done) {
    }
}
