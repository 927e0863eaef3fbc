package no.samspill.programme;

/** Size of a workplace by headcount; the stratum for randomisation. */
public enum SizeBand {
    SMALL("Liten (1–19)"),
    MEDIUM("Mellomstor (20–99)"),
    LARGE("Stor (100+)");

    private final String label;

    SizeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static SizeBand of(int headcount) {
        if (headcount < 20) {
            return SMALL;
        }
        return headcount < 100 ? MEDIUM : LARGE;
    }
}
