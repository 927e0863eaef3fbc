package no.samspill.audit;

/** An entry as read back from the log, with its place in the chain. */
public record LoggedAccess(long sequence, AuditEntry entry) {
}
