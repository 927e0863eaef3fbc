package no.samspill.meeting;

import java.util.UUID;

/** A meeting was recorded as held. Listeners run in the publishing transaction. */
public record MeetingHeld(UUID meetingId, UUID pathwayId) {
}
