package no.samspill.research;

import java.time.Instant;
import java.util.UUID;

/** The record of one extract: who ran it, when, how many rows were written, generalised and suppressed. */
public record ExtractRecord(UUID id, UUID projectId, String runBy, Instant runAt, int candidateRows, int rowsWritten,
                            int rowsGeneralised, int rowsSuppressed, int personsIncluded, String datasetSha256) {
}
