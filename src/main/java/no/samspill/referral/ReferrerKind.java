package no.samspill.referral;

/** Who referred: a GP (with HPR number) or another health service. */
public enum ReferrerKind {
    GP("Fastlege"),
    OTHER_HEALTH_SERVICE("Annen helsetjeneste");

    private final String label;

    ReferrerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
