package no.samspill.questionnaire;

/** Where a round stands, in the clinician's words. */
public enum RoundStatus {
    PLANNED("planlagt"),
    DUE("skal besvares nå"),
    OVERDUE("forsinket"),
    ANSWERED("besvart"),
    CANCELLED("avlyst (forløpet er avsluttet)");

    private final String label;

    RoundStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
