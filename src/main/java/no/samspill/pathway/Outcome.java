package no.samspill.pathway;

/** What a person's situation is when the pathway closes. WORK_FUNCTION data. */
public enum Outcome {
    BACK_AT_WORK_FULL("Tilbake i arbeid, fullt"),
    BACK_AT_WORK_PARTIAL("Tilbake i arbeid, delvis"),
    NEW_JOB("Ny jobb"),
    EDUCATION("Utdanning"),
    WORK_ASSESSMENT_ALLOWANCE("Arbeidsavklaringspenger (AAP)"),
    OTHER("Annet");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
