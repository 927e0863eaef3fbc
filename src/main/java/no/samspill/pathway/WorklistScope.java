package no.samspill.pathway;

/** Which open items the worklist shows. */
public enum WorklistScope {
    WEEK("Denne uka og forfalt"),
    OVERDUE("Bare forfalt"),
    ALL("Alle åpne");

    private final String label;

    WorklistScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
