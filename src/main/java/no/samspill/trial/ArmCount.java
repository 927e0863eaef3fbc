package no.samspill.trial;

/**
 * How many pathways an arm has: counts, no person data. Withdrawn pathways are still counted as enrolled in their arm
 * (intention-to-treat); {@code withdrawn} says how many of them were withdrawn.
 */
public record ArmCount(String arm, String label, long enrolled, long withdrawn) {
}
