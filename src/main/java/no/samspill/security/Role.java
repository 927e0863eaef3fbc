package no.samspill.security;

/** What a user does in Samspill. Each role acts for one party (see access.Viewers). */
public enum Role {
    COORDINATOR("Koordinator"),
    CLINICIAN("Kliniker"),
    GP("Fastlege"),
    NAV_COUNSELLOR("NAV-veileder"),
    NEAREST_LEADER("Nærmeste leder"),
    PATIENT("Pasient"),
    ANALYST("Analytiker"),
    SECURITY_OFFICER("Sikkerhetsansvarlig"),
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

    /** The clinic team works the pathways: worklist, referrals, triage. */
    public boolean clinicTeam() {
        return this == COORDINATOR || this == CLINICIAN;
    }
}
