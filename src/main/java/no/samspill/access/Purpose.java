package no.samspill.access;

/** Why data is shared or read. A consent covers one purpose. */
public enum Purpose {
    FOLLOW_UP("Oppfølging av sykefravær og retur til arbeid"),
    AUDIT_CONTROL("Kontroll av tilgangslogg"),
    MEETING_PARTICIPATION("Deltakelse i samhandlingsmøter"),
    STATISTICS("Statistikk og kvalitetsarbeid (avidentifisert)"),
    /** Pseudonymised research extracts (helseforskningsloven): consent, or a recorded exemption and no objection. */
    RESEARCH("Forskning (pseudonymisert uttrekk)");

    private final String label;

    Purpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
