package no.samspill.meeting;

import java.time.LocalDateTime;
import java.util.List;

/** What the coordinator fills in to schedule a meeting (or give it a new time or place). Time is Oslo local time. */
public record MeetingRequest(MeetingType type, LocalDateTime start, Integer durationMinutes, String place,
                             String videoLink, List<Participant> participants) {
}
