package no.samspill.access;

/** The parties around a person's pathway. A user acts as one party, within one organisation. */
public enum Party {
    CLINIC("Helse og arbeid-teamet"),
    GP("Fastlege / henviser"),
    NAV("NAV-veileder"),
    EMPLOYER("Arbeidsgiver (nærmeste leder)"),
    PATIENT("Pasienten selv"),
    ANALYST("Analytiker"),
    SECURITY_OFFICER("Sikkerhetsansvarlig"),
    PROGRAMME("Bedriftstiltaket");

    private final String label;

    Party(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
