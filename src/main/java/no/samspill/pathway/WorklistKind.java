package no.samspill.pathway;

/** A worklist item is a task, a statutory milestone or a questionnaire round that is due. */
public enum WorklistKind {
    TASK("Oppgave"),
    MILESTONE("Lovpålagt frist"),
    QUESTIONNAIRE("Spørreskjema");

    private final String label;

    WorklistKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
