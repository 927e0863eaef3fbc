package no.samspill.security;

/** What a user does in Samspill. */
public enum Role {
    COORDINATOR("Koordinator"),
    CLINICIAN("Kliniker"),
    PROGRAMME_OWNER("Programansvarlig (NAV)"),
    WORKPLACE_CONTACT("Kontaktperson på arbeidsplassen");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
