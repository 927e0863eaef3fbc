package no.samspill.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Service;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends to the access log. Reads are logged through the group-commit writer, independent of the caller's
 * transaction, so the record stays even if the page fails afterwards: the returned future completes when the entry is
 * durable, and no data may be sent before it has. Writes are logged in the transaction of the change — appended just
 * before it commits, so the chain lock is held only for the commit, not for the whole change — and the two commit or
 * roll back together.
 */
@Service
public class AuditLog {

    private final AuditWriter writer;
    private final AuditAppender appender;

    AuditLog(AuditWriter writer, AuditAppender appender) {
        this.writer = writer;
        this.appender = appender;
    }

    /** Queues read entries; the future completes when they are committed. */
    public CompletableFuture<Void> appendReads(List<AuditEntry> entries) {
        return writer.submit(entries);
    }

    /** Must be called inside the transaction of the change; the entries commit (or roll back) with it. */
    public void appendWrites(List<AuditEntry> entries) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException("Audit entries for a change must be written in its transaction");
        }
        PendingWrites pending = (PendingWrites) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new PendingWrites();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.entries.addAll(entries);
    }

    /** The write entries of one transaction, appended to the chain in its last moment before commit. */
    private final class PendingWrites implements TransactionSynchronization {
        private final List<AuditEntry> entries = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            appender.append(entries);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(AuditLog.this);
        }
    }
}
