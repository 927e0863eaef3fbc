package no.samspill.fhir;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A bulk export job as stored: who asked, what (types, clinic group, since), how far it has come, and, when finished,
 * the number of resources in each file. Holds no person data (only counts).
 */
record ExportJob(UUID id, String username, String requestUrl, String groupId, List<String> types, Instant since,
                 Status status, Instant transactionTime, long total, long done, String error,
                 Map<String, Long> files) {

    enum Status {
        ACCEPTED, RUNNING, COMPLETED, FAILED, CANCELLED;

        boolean inProgress() {
            return this == ACCEPTED || this == RUNNING;
        }
    }

    /** "40 % (80 of 200 pathways)" for the X-Progress header. */
    String progress() {
        if (status == Status.ACCEPTED) {
            return "queued";
        }
        long percent = total == 0 ? 0 : Math.min(100, done * 100 / total);
        return percent + " % (" + done + " of " + total + " pathways)";
    }
}
