package no.samspill.research;

/**
 * Groups of variables a project chooses beyond the core (pseudonym, age band, sex, clinic, complaint group, dates of
 * referral and pathway, pathway state): data minimisation — a project gets only what its protocol needs.
 */
public enum VariableGroup {
    OUTCOME("Utfall ved avslutning"),
    MILESTONES("Lovpålagte milepæler (dato oppfylt)"),
    SCORES("Skårer på spørreskjema ved start og oppfølging"),
    TRIAL("Studiearm (randomisert studie)");

    private final String label;

    VariableGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
