package no.samspill.trial;

/** How pathways are allocated to arms. */
public enum TrialDesign {
    /** Each pathway is randomised at enrolment, in permuted blocks within its clinic. */
    INDIVIDUAL("Individuell randomisering (permuterte blokker per klinikk)"),
    /** Each clinic is randomised when the trial opens; a pathway gets its clinic's arm. */
    CLUSTER_BY_CLINIC("Klyngerandomisering per klinikk");

    private final String label;

    TrialDesign(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
