package no.samspill.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import no.samspill.platform.BatchWorker;
import no.samspill.platform.DedicatedPools;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for read entries: requests hand their entries to one writer thread, which appends whatever has queued
 * up as one batch (one auto-committed statement on its own connection, see {@link AuditAppender#appendAfter}) and
 * then completes each entry's future. Under load many requests share one
 * commit instead of queueing for the chain lock one by one. Callers wait on the future before any data leaves the
 * server (see access.AuditFlushFilter), so a read is never served before its log entry is committed (flushed to disk
 * moments later unless {@code samspill.audit.await-flush-of-reads=true}; decision 0033).
 */
@Component
class AuditWriter extends BatchWorker<AuditWriter.Pending> {

    private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);
    private static final int MAX_BATCH = 1000;

    private final AuditAppender appender;
    private static final int MAX_ATTEMPTS = 1000;

    private final TransactionTemplate transaction;
    private final JdbcTemplate connection;
    /** The head after this writer's last batch; null when unknown (read it). Only the writer thread uses it. */
    private AuditAppender.Head head;

    AuditWriter(AuditAppender appender, PlatformTransactionManager transactions, DedicatedPools pools,
                @Value("${samspill.audit.await-flush-of-reads:false}") boolean awaitFlush) {
        super("audit-writer", MAX_BATCH);
        this.appender = appender;
        // Decision 0033: a read's entry is committed before the response leaves, but by default the commit does not
        // wait for the WAL to reach the disk (one fsync, 2-3 ms here, per batch); the write-ahead log writer flushes
        // it moments later. Changes to data are logged in their own transaction and always wait for the flush.
        this.connection = new JdbcTemplate(pools.open("audit-writer", 1,
                awaitFlush ? null : "SET synchronous_commit = off"));
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    CompletableFuture<Void> submit(List<AuditEntry> entries) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!isRunning()) {
            // Before start-up or after shut-down: write synchronously.
            try {
                transaction.executeWithoutResult(status -> appender.append(entries));
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
            return done;
        }
        enqueue(new Pending(entries, done));
        return done;
    }

    @Override
    protected void handle(List<Pending> batch) {
        List<AuditEntry> entries = new ArrayList<>();
        batch.forEach(p -> entries.addAll(p.entries()));
        try {
            appendAfterKnownHead(entries);
            batch.forEach(p -> p.done().complete(null));
        } catch (RuntimeException e) {
            head = null;
            log.error("Could not write {} audit entries; the requests that read the data will fail", entries.size(), e);
            batch.forEach(p -> p.done().completeExceptionally(e));
        }
    }

    /**
     * One auto-committed statement per batch while this writer is the only appender; when a write transaction has
     * appended meanwhile (it moved the head under its lock), the statement writes nothing and the batch is chained
     * again after the head as it now is.
     */
    private void appendAfterKnownHead(List<AuditEntry> entries) {
        for (int attempt = 1; ; attempt++) {
            AuditAppender.Head expected = head != null ? head : appender.head();
            java.util.Optional<AuditAppender.Head> moved = appender.appendAfter(connection, expected, entries);
            if (moved.isPresent()) {
                head = moved.get();
                return;
            }
            head = null;
            if (attempt == MAX_ATTEMPTS) {
                throw new IllegalStateException("the audit chain's head kept moving; " + attempt + " attempts");
            }
        }
    }

    /** Stop after the web server (which stops at a higher phase) so that queued entries of the last requests are written. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 4096;
    }

    record Pending(List<AuditEntry> entries, CompletableFuture<Void> done) {
    }
}
