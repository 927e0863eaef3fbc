package no.samspill.instrument;

/** Reliable change on one measure from the first to the last score. */
public enum ReliableChange {
    IMPROVEMENT("reliabel bedring"),
    DETERIORATION("reliabel forverring"),
    NO_RELIABLE_CHANGE("ingen reliabel endring"),
    /** Fewer than two complete scores, or no published reliable-change value for the instrument. */
    NOT_AVAILABLE("ikke vurdert");

    private final String words;

    ReliableChange(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
