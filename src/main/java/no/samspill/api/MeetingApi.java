package no.samspill.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import no.samspill.meeting.CancelMeeting;
import no.samspill.meeting.CorrectMinutes;
import no.samspill.meeting.Meeting;
import no.samspill.meeting.MeetingQueries;
import no.samspill.meeting.MeetingRequest;
import no.samspill.meeting.MeetingType;
import no.samspill.meeting.Minutes;
import no.samspill.meeting.Participant;
import no.samspill.meeting.RecordMeetingHeld;
import no.samspill.meeting.ReplyToMeeting;
import no.samspill.meeting.RescheduleMeeting;
import no.samspill.meeting.ScheduleMeeting;
import no.samspill.meeting.WriteMinutes;
import no.samspill.security.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Meetings and minutes. Times are Europe/Oslo local times in requests and instants (UTC) in responses. */
@RestController
class MeetingApi {

    private final MeetingQueries meetings;
    private final ScheduleMeeting schedule;
    private final RescheduleMeeting reschedule;
    private final CancelMeeting cancel;
    private final RecordMeetingHeld held;
    private final ReplyToMeeting reply;
    private final WriteMinutes writeMinutes;
    private final CorrectMinutes correctMinutes;
    private final CurrentUsers users;

    MeetingApi(MeetingQueries meetings, ScheduleMeeting schedule, RescheduleMeeting reschedule, CancelMeeting cancel,
               RecordMeetingHeld held, ReplyToMeeting reply, WriteMinutes writeMinutes, CorrectMinutes correctMinutes,
               CurrentUsers users) {
        this.meetings = meetings;
        this.schedule = schedule;
        this.reschedule = reschedule;
        this.cancel = cancel;
        this.held = held;
        this.reply = reply;
        this.writeMinutes = writeMinutes;
        this.correctMinutes = correctMinutes;
        this.users = users;
    }

    @GetMapping("/api/v1/pathways/{id}/meetings")
    List<Meeting> ofPathway(@PathVariable UUID id) {
        return meetings.ofPathway(id);
    }

    @PostMapping("/api/v1/pathways/{id}/meetings")
    ResponseEntity<Meeting> schedule(@PathVariable UUID id, @Valid @RequestBody ScheduleRequest request) {
        Meeting meeting = schedule.schedule(id, new MeetingRequest(request.type(), request.start(),
                request.durationMinutes(), request.place(), request.videoLink(), request.participants(),
                Boolean.TRUE.equals(request.allowBeforePathway())), username());
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + meeting.id())).body(meetings.byId(meeting.id()));
    }

    @GetMapping("/api/v1/meetings/{id}")
    Meeting one(@PathVariable UUID id) {
        return meetings.byId(id);
    }

    @PostMapping("/api/v1/meetings/{id}/reschedule")
    Meeting reschedule(@PathVariable UUID id, @Valid @RequestBody RescheduleRequest request) {
        reschedule.reschedule(id, request.version(), new MeetingRequest(null, request.start(), request.durationMinutes(),
                request.place(), request.videoLink(), List.of(), Boolean.TRUE.equals(request.allowBeforePathway())),
                username());
        return meetings.byId(id);
    }

    @PostMapping("/api/v1/meetings/{id}/replies")
    Meeting reply(@PathVariable UUID id, @Valid @RequestBody ReplyRequest request) {
        reply.reply(id, request.version(), request.participant(), request.reply(), username());
        return meetings.byId(id);
    }

    @PostMapping("/api/v1/meetings/{id}/held")
    Meeting held(@PathVariable UUID id, @Valid @RequestBody VersionRequest request) {
        held.held(id, request.version(), username());
        return meetings.byId(id);
    }

    @PostMapping("/api/v1/meetings/{id}/cancel")
    Meeting cancel(@PathVariable UUID id, @Valid @RequestBody VersionRequest request) {
        cancel.cancel(id, request.version(), username());
        return meetings.byId(id);
    }

    @PostMapping("/api/v1/meetings/{id}/minutes")
    Meeting minutes(@PathVariable UUID id, @Valid @RequestBody MinutesRequest request) {
        boolean finalise = Boolean.TRUE.equals(request.finalise());
        writeMinutes.write(id, request.version(), new Minutes(request.situation(), request.conclusion(),
                request.clinicalNote(), request.tasks(), finalise), finalise, username());
        return meetings.byId(id);
    }

    @PostMapping("/api/v1/meetings/{id}/minutes/corrections")
    Meeting correct(@PathVariable UUID id, @Valid @RequestBody CorrectionRequest request) {
        correctMinutes.correct(id, request.version(), request.situation(), request.conclusion(), request.reason(),
                username());
        return meetings.byId(id);
    }

    private String username() {
        return users.current().username();
    }

    record ScheduleRequest(@NotNull MeetingType type, @NotNull LocalDateTime start, @NotNull Integer durationMinutes,
                           @Size(max = 300) String place, @Size(max = 500) String videoLink,
                           @NotNull @Size(max = 20) List<Participant> participants, Boolean allowBeforePathway) {
    }

    record RescheduleRequest(@NotNull Integer version, @NotNull LocalDateTime start, @NotNull Integer durationMinutes,
                             @Size(max = 300) String place, @Size(max = 500) String videoLink,
                             Boolean allowBeforePathway) {
    }

    record ReplyRequest(@NotNull Integer version, @NotNull Integer participant, @NotNull Participant.Reply reply) {
    }

    record VersionRequest(@NotNull Integer version) {
    }

    record MinutesRequest(@NotNull Integer version, @Size(max = 10000) String situation,
                          @Size(max = 10000) String conclusion, @Size(max = 10000) String clinicalNote,
                          @Size(max = 30) List<Minutes.MinuteTask> tasks, Boolean finalise) {
    }

    record CorrectionRequest(@NotNull Integer version, @Size(max = 10000) String situation,
                             @Size(max = 10000) String conclusion, @Size(max = 1000) String reason) {
    }
}
