package no.samspill.programme;

import java.time.Instant;
import java.util.UUID;

/** The record of a cohort's randomisation: seed and method (so it can be reproduced), who and when. */
public record Allocation(UUID cohortId, long seed, String method, String allocatedBy, Instant allocatedAt) {
}
