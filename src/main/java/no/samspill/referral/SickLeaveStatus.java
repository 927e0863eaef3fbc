package no.samspill.referral;

/** The patient's sick-leave status as the referrer gave it. */
public enum SickLeaveStatus {
    NONE("Ikke sykmeldt"),
    PARTIAL("Gradert sykmeldt"),
    FULL("100 % sykmeldt");

    private final String label;

    SickLeaveStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
