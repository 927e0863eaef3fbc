package no.samspill.programme;

/**
 * A change to one step as entered: planned date, delivered date (empty = not delivered), attendance and notes.
 */
public record StepUpdate(int version, String plannedOn, String deliveredOn, String attendance, String notes) {
}
