package no.samspill.programme;

/** The arm a workplace is randomised to: the programme now, or later (wait-list control). */
public enum Arm {
    NOW("Program nå"),
    LATER("Program senere (venteliste)");

    private final String label;

    Arm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Arm other() {
        return this == NOW ? LATER : NOW;
    }
}
