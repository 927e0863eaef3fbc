package no.samspill.access;

/**
 * The legal basis of a research project for using a person's data (helseforskningsloven). It decides which persons a
 * pseudonymised extract may include; the rules are in {@link AccessPolicy#decideResearch} and docs/research-extract.md.
 */
public enum ResearchBasis {
    /** Each participant's consent (helseforskningsloven § 13): only persons with an active research consent. */
    CONSENT("Samtykke fra deltakerne"),
    /**
     * A recorded exemption from consent, such as REK's dispensation (helseforskningsloven § 35): every person, except
     * those who have objected or withdrawn a research consent.
     */
    EXEMPTION("Unntak fra samtykke (f.eks. dispensasjon etter helseforskningsloven § 35)");

    private final String label;

    ResearchBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
