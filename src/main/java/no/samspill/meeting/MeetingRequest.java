package no.samspill.meeting;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What the coordinator fills in to schedule a meeting (or give it a new time or place). Time is Oslo local time. A
 * meeting before the pathway began (its referral date) is refused unless {@code allowBeforePathway} says it is meant.
 */
public record MeetingRequest(MeetingType type, LocalDateTime start, Integer durationMinutes, String place,
                             String videoLink, List<Participant> participants, boolean allowBeforePathway) {

    public MeetingRequest(MeetingType type, LocalDateTime start, Integer durationMinutes, String place, String videoLink,
                          List<Participant> participants) {
        this(type, start, durationMinutes, place, videoLink, participants, false);
    }
}
