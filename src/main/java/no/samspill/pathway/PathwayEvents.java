package no.samspill.pathway;

import java.util.UUID;

/** What the pathway module announces. Listeners run in the publishing transaction. */
public final class PathwayEvents {

    private PathwayEvents() {
    }

    /** The pathway was opened, moved, closed, reassigned, or had its work status recorded. */
    public record PathwayChanged(UUID pathwayId) {
    }
}
