package no.samspill.referral;

/** Where a referral stands in triage. */
public enum ReferralStatus {
    RECEIVED("Mottatt, ikke vurdert"),
    RIGHT_TO_CARE("Rett til helsehjelp"),
    NO_RIGHT("Ikke rett til helsehjelp"),
    MORE_INFORMATION_NEEDED("Trenger mer informasjon");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still waiting for a decision on the right to care. */
    public boolean awaitingDecision() {
        return this == RECEIVED || this == MORE_INFORMATION_NEEDED;
    }
}
