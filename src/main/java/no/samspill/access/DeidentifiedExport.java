package no.samspill.access;

import java.util.Objects;

/**
 * Permission for one de-identified bulk export (FHIR {@code $export}), issued only by
 * {@link PersonDataAccess#requireDeidentifiedExport}: the modules' export queries take it as proof that
 * {@link AccessPolicy#decideDeidentifiedExport} allowed the job, and the exporter must de-identify everything it writes.
 * It carries the viewer, since the job runs in the background after the request has ended.
 */
public final class DeidentifiedExport {

    private final Viewer viewer;
    private final String jobId;
    private final AccessDecision decision;

    DeidentifiedExport(Viewer viewer, String jobId, AccessDecision decision) {
        this.viewer = Objects.requireNonNull(viewer);
        this.jobId = Objects.requireNonNull(jobId);
        this.decision = Objects.requireNonNull(decision);
    }

    public Viewer viewer() {
        return viewer;
    }

    public String jobId() {
        return jobId;
    }

    public AccessDecision decision() {
        return decision;
    }

    /** For the modules' export queries: fails unless a grant was issued. */
    public static DeidentifiedExport require(DeidentifiedExport grant) {
        return Objects.requireNonNull(grant, "A de-identified export needs a grant from PersonDataAccess");
    }
}
