package no.samspill.programme;

/** The three parts of a run, in order: knowledge sessions, films with support material, IA-process workshops. */
public enum StepKind {
    KNOWLEDGE("Kunnskapsøkt"),
    FILM("Film og støttemateriell"),
    WORKSHOP("IA-verksted");

    private final String label;

    StepKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
