package no.samspill.programme;

/** When participants answer the evaluation survey. */
public enum SurveyWave {
    BEFORE("Før programmet"),
    AFTER("Etter programmet"),
    SIX_MONTHS("Seks måneder etter");

    private final String label;

    SurveyWave(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
