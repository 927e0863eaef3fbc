package no.samspill.meeting;

import java.util.Set;
import no.samspill.shared.RefusedChangeException;

/** invited → new time/place (again and again) → held or cancelled. Held and cancelled meetings are final. */
public enum MeetingStatus {
    INVITED("Innkalt"),
    RESCHEDULED("Nytt tidspunkt/sted"),
    HELD("Avholdt"),
    CANCELLED("Avlyst");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<MeetingStatus> next() {
        return switch (this) {
            case INVITED, RESCHEDULED -> Set.of(RESCHEDULED, HELD, CANCELLED);
            case HELD, CANCELLED -> Set.of();
        };
    }

    public boolean canMoveTo(MeetingStatus target) {
        return next().contains(target);
    }

    /** The target, or a refusal saying why the move is not allowed. */
    public MeetingStatus moveTo(MeetingStatus target) {
        if (!canMoveTo(target)) {
            throw new RefusedChangeException("Et møte med status «" + label + "» kan ikke få status «" + target.label
                    + "»");
        }
        return target;
    }

    public boolean open() {
        return this == INVITED || this == RESCHEDULED;
    }
}
