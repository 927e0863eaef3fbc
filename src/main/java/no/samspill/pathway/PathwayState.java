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

    /**
     * States reachable in one step, by any route. A referred pathway moves on only with its referral's triage
     * (right to care: triaged; no right: closed) or closes when the referral is registered in error; see
     * {@link #nextByHand()} for what a user may choose.
     */
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

    /**
     * States a user may move to (or close to) by hand. None while the referral waits for triage: the triage
     * decision moves the pathway, so a referral is never left undecided behind a pathway that went on without it
     * (pasient- og brukerrettighetsloven § 2-2: every referral gets a decision and a letter).
     */
    public Set<PathwayState> nextByHand() {
        return awaitsTriage() ? EnumSet.noneOf(PathwayState.class) : next();
    }

    /** The referral has not been triaged yet; only the triage (or voiding the referral) moves the pathway on. */
    public boolean awaitsTriage() {
        return this == REFERRED;
    }

    public boolean open() {
        return this != CLOSED;
    }
}
