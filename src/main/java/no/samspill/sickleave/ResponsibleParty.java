package no.samspill.sickleave;

/** Who is responsible for meeting a statutory milestone. */
public enum ResponsibleParty {
    EMPLOYER("Arbeidsgiver"),
    NAV("Nav");

    private final String label;

    ResponsibleParty(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
