package no.samspill.pathway;

/** Work status at a follow-up point after the assessment. */
public enum WorkStatus {
    FULL("I full jobb"),
    PARTIAL("Delvis i jobb"),
    NOT_WORKING("Ikke i jobb"),
    EDUCATION("Utdanning"),
    AAP("Arbeidsavklaringspenger (AAP)");

    private final String label;

    WorkStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
