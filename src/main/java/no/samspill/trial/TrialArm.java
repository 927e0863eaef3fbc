package no.samspill.trial;

/** One arm of a trial: a short code (used in extracts and indicators) and a label. */
public record TrialArm(String code, String label) {
}
