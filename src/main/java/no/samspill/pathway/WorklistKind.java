package no.samspill.pathway;

/** A worklist item is a task or a statutory milestone. */
public enum WorklistKind {
    TASK("Oppgave"),
    MILESTONE("Lovpålagt frist");

    private final String label;

    WorklistKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
