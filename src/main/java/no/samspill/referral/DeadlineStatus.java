package no.samspill.referral;

/** The assessment deadline seen from today. */
public enum DeadlineStatus {
    ON_TIME("I rute", "neutral"),
    DUE_SOON("Frist snart", "warning"),
    OVERDUE("Frist passert", "error"),
    DECIDED_IN_TIME("Vurdert innen frist", "success"),
    DECIDED_LATE("Vurdert etter frist", "warning");

    private final String label;
    private final String tone;

    DeadlineStatus(String label, String tone) {
        this.label = label;
        this.tone = tone;
    }

    public String label() {
        return label;
    }

    /** Aksel tag variant: neutral, warning, error, success. */
    public String tone() {
        return tone;
    }
}
