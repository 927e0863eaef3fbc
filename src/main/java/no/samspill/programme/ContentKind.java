package no.samspill.programme;

/** Films are hosted elsewhere and linked; support material is a linked document or page. */
public enum ContentKind {
    FILM("Film"),
    MATERIAL("Støttemateriell");

    private final String label;

    ContentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
