package no.samspill.assessment;

import java.util.UUID;

/** An assessment was recorded or revised. Listeners run in the publishing transaction. */
public record AssessmentRecorded(UUID pathwayId) {
}
