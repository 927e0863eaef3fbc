package no.samspill.pathway;

import java.util.EnumSet;
import java.util.Set;

/** The states of a pathway and the moves allowed between them. */
public enum PathwayState {
    REFERRED("Henvist"),
    TRIAGED("Vurdert, rett til helsehjelp"),
    IN_ASSESSMENT("Under tverrfaglig utredning"),
    IN_FOLLOW_UP("I oppfølging"),
    CLOSED("Avsluttet");

    private final String label;

    PathwayState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** States reachable in one step. Closing is allowed from every open state (drop-out, no right to care). */
    public Set<PathwayState> next() {
        return switch (this) {
            case REFERRED -> EnumSet.of(TRIAGED, CLOSED);
            case TRIAGED -> EnumSet.of(IN_ASSESSMENT, CLOSED);
            case IN_ASSESSMENT -> EnumSet.of(IN_FOLLOW_UP, CLOSED);
            case IN_FOLLOW_UP -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(PathwayState.class);
        };
    }

    public boolean canMoveTo(PathwayState target) {
        return next().contains(target);
    }

    public boolean open() {
        return this != CLOSED;
    }
}
