package no.samspill.trial;

/** How many pathways an arm has: a count, no person data. */
public record ArmCount(String arm, String label, long enrolled) {
}
