package no.samspill.programme;

/** Which sector a workplace belongs to. */
public enum Sector {
    PUBLIC("Offentlig"),
    PRIVATE("Privat"),
    NON_PROFIT("Ideell");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
