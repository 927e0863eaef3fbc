package no.samspill.audit;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the access log. Reads are logged through the group-commit writer, independent of the caller's
 * transaction, so the record stays even if the page fails afterwards: the returned future completes when the entry is
 * durable, and no data may be sent before it has. Writes are logged in the transaction of the change, so the two
 * commit or roll back together.
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

    @Transactional(propagation = Propagation.MANDATORY)
    public void appendWrites(List<AuditEntry> entries) {
        appender.append(entries);
    }
}
