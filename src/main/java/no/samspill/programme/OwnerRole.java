package no.samspill.programme;

/** Who at the workplace owns a measure: always a role, never a named employee. */
public enum OwnerRole {
    MANAGEMENT("Ledelsen"),
    LEADER("Nærmeste leder"),
    SAFETY_REP("Verneombud"),
    UNION_REP("Tillitsvalgt"),
    HR("HR/personal"),
    OHS("Bedriftshelsetjenesten"),
    WORKING_GROUP("Arbeidsgruppe"),
    ALL_STAFF("Alle ansatte");

    private final String label;

    OwnerRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
