package no.samspill.programme;

/** Where a workplace measure stands. */
public enum MeasureStatus {
    PLANNED("Planlagt"),
    IN_PROGRESS("Pågår"),
    DONE("Gjennomført"),
    DROPPED("Droppet");

    private final String label;

    MeasureStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
