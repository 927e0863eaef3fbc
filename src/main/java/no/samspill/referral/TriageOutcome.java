package no.samspill.referral;

/** The three decisions triage can make. */
public enum TriageOutcome {
    RIGHT_TO_CARE("Rett til nødvendig helsehjelp"),
    NO_RIGHT("Ikke rett til nødvendig helsehjelp"),
    MORE_INFORMATION_NEEDED("Trenger mer informasjon fra henviser");

    private final String label;

    TriageOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    ReferralStatus status() {
        return ReferralStatus.valueOf(name());
    }
}
