package no.samspill.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import no.samspill.meeting.CancelMeeting;
import no.samspill.meeting.CorrectMinutes;
import no.samspill.meeting.Meeting;
import no.samspill.meeting.MeetingCalendar;
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
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.person.Employment;
import no.samspill.person.PersonDirectory;
import no.samspill.security.CurrentUsers;
import no.samspill.security.DemoAccounts;
import no.samspill.shared.ConcurrentChangeException;
import no.samspill.shared.Dates;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.InvalidInputException;
import no.samspill.shared.NotFoundException;
import no.samspill.shared.RefusedChangeException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Meetings: the list on the pathway page (htmx fragment), scheduling, the meeting page with replies and minutes, ICS. */
@Controller
class MeetingController {

    private final MeetingQueries meetings;
    private final ScheduleMeeting schedule;
    private final RescheduleMeeting reschedule;
    private final CancelMeeting cancel;
    private final RecordMeetingHeld held;
    private final ReplyToMeeting reply;
    private final WriteMinutes writeMinutes;
    private final CorrectMinutes correctMinutes;
    private final PathwayQueries pathways;
    private final PersonDirectory persons;
    private final PersonDataAccess access;
    private final CurrentUsers users;
    private final Clock clock;

    MeetingController(MeetingQueries meetings, ScheduleMeeting schedule, RescheduleMeeting reschedule,
                      CancelMeeting cancel, RecordMeetingHeld held, ReplyToMeeting reply, WriteMinutes writeMinutes,
                      CorrectMinutes correctMinutes, PathwayQueries pathways, PersonDirectory persons,
                      PersonDataAccess access, CurrentUsers users, Clock clock) {
        this.meetings = meetings;
        this.schedule = schedule;
        this.reschedule = reschedule;
        this.cancel = cancel;
        this.held = held;
        this.reply = reply;
        this.writeMinutes = writeMinutes;
        this.correctMinutes = correctMinutes;
        this.pathways = pathways;
        this.persons = persons;
        this.access = access;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/forlop/{id}/moter")
    String list(@PathVariable UUID id, Model model) {
        Pathway pathway = pathway(id);
        model.addAttribute("pathway", pathway);
        model.addAttribute("meetings", meetings.ofPathway(id));
        model.addAttribute("clinicTeam", users.current().role().clinicTeam());
        return "meeting :: list";
    }

    @GetMapping("/forlop/{id}/moter/ny")
    String newMeeting(@PathVariable UUID id, Model model) {
        Pathway pathway = clinicOnly(id);
        if (!model.containsAttribute("form")) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("type", "COLLABORATION");
            form.put("date", LocalDate.now(clock).plusDays(7).toString());
            form.put("time", "09:00");
            form.put("durationMinutes", "60");
            form.put("place", "");
            form.put("videoLink", "");
            var patient = persons.patient(pathway.personId()).orElseThrow();
            Employment employment = persons.employments(pathway.personId()).stream().reduce((a, b) -> b).orElse(null);
            form.put("name_PATIENT", patient.fullName());
            form.put("with_PATIENT", "on");
            form.put("name_NEAREST_LEADER", employment != null && employment.leaderName() != null ? employment.leaderName() : "");
            form.put("with_NEAREST_LEADER", employment != null ? "on" : "");
            form.put("name_NAV_COUNSELLOR", "NAV-veileder");
            form.put("name_CLINICIAN", users.current().displayName());
            form.put("with_CLINICIAN", "on");
            form.put("name_GP", "Fastlege");
            form.put("name_UNION_REPRESENTATIVE", "");
            model.addAttribute("form", form);
        }
        model.addAttribute("pathway", pathway);
        model.addAttribute("patient", persons.patient(pathway.personId()).orElseThrow());
        model.addAttribute("types", MeetingType.values());
        model.addAttribute("roles", Participant.Role.values());
        model.addAttribute("leaderUnnamed", persons.employments(pathway.personId()).stream().reduce((a, b) -> b)
                .map(e -> !e.leaderNamed()).orElse(false));
        return "meeting-new";
    }

    @PostMapping("/forlop/{id}/moter")
    String scheduleMeeting(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
                           HttpServletResponse response) {
        Pathway pathway = pathway(id);
        try {
            MeetingRequest request = request(params, participants(pathway, params));
            Meeting meeting = schedule.schedule(id, request, actor());
            return "redirect:/moter/" + meeting.id();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", FormErrors.of("meeting", e));
            model.addAttribute("form", params);
            return newMeeting(id, model);
        }
    }

    @GetMapping("/moter/{id}")
    String show(@PathVariable UUID id, Model model) {
        Meeting meeting = meetings.byId(id);
        Pathway pathway = pathway(meeting.pathwayId());
        model.addAttribute("meeting", meeting);
        model.addAttribute("pathway", pathway);
        model.addAttribute("patient", persons.patient(pathway.personId()).orElseThrow());
        model.addAttribute("corrections", meetings.corrections(id));
        boolean clinicTeam = users.current().role().clinicTeam();
        model.addAttribute("clinicTeam", clinicTeam);
        model.addAttribute("seeHealth", access.mayRead(pathway.personId().value(), InformationCategory.HEALTH));
        model.addAttribute("start", LocalDateTime.ofInstant(meeting.startsAt(), Meeting.OSLO));
        model.addAttribute("end", LocalDateTime.ofInstant(meeting.endsAt(), Meeting.OSLO));
        model.addAttribute("replies", Participant.Reply.values());
        List<String[]> owners = new ArrayList<>();
        if (clinicTeam) {
            DemoAccounts.teamOf(pathway.clinicOrgNumber()).forEach(u -> owners.add(new String[] {u.username(), u.displayName()}));
            meeting.participants().stream().filter(p -> p.username() != null)
                    .forEach(p -> owners.add(new String[] {p.username(), p.name() + " (" + p.role().label() + ")"}));
        }
        model.addAttribute("owners", owners);
        return "meeting";
    }

    @GetMapping("/moter/{id}/invitasjon.ics")
    ResponseEntity<byte[]> ics(@PathVariable UUID id) {
        Meeting meeting = meetings.byId(id);
        String ics = MeetingCalendar.ics(meeting, users.current().displayName(), clock.instant());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mote-" + id + ".ics\"")
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/moter/{id}/svar")
    String reply(@PathVariable UUID id, @RequestParam int version, @RequestParam int participant,
                 @RequestParam(required = false) String reply, Model model, HttpServletResponse response) {
        return attempt(id, "reply", model, response, () -> this.reply.reply(id, version, participant,
                parse(reply, Participant.Reply.class, "reply"), actor()));
    }

    @PostMapping("/moter/{id}/avholdt")
    String held(@PathVariable UUID id, @RequestParam int version, Model model, HttpServletResponse response) {
        return attempt(id, "status", model, response, () -> held.held(id, version, actor()));
    }

    @PostMapping("/moter/{id}/avlys")
    String cancel(@PathVariable UUID id, @RequestParam int version, Model model, HttpServletResponse response) {
        return attempt(id, "status", model, response, () -> cancel.cancel(id, version, actor()));
    }

    @PostMapping("/moter/{id}/nytt-tidspunkt")
    String reschedule(@PathVariable UUID id, @RequestParam int version, @RequestParam Map<String, String> params,
                      Model model, HttpServletResponse response) {
        return attempt(id, "reschedule", model, response,
                () -> reschedule.reschedule(id, version, request(params, List.of()), actor()));
    }

    @PostMapping("/moter/{id}/referat")
    String minutes(@PathVariable UUID id, @RequestParam int version, @RequestParam Map<String, String> params,
                   Model model, HttpServletResponse response) {
        return attempt(id, "minutes", model, response, () -> {
            FieldErrors errors = new FieldErrors();
            List<Minutes.MinuteTask> tasks = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String title = params.get("taskTitle" + i);
                if (title == null || title.isBlank()) {
                    continue;
                }
                LocalDate due = errors.required("tasks[" + tasks.size() + "].dueDate", params.get("taskDue" + i), Dates::parse);
                tasks.add(new Minutes.MinuteTask(title, params.get("taskOwner" + i), due, null));
            }
            errors.throwIfAny();
            return writeMinutes.write(id, version, new Minutes(params.get("situation"), params.get("conclusion"),
                    params.get("clinicalNote"), tasks, params.containsKey("finalise")), params.containsKey("finalise"),
                    actor());
        });
    }

    @PostMapping("/moter/{id}/referat/rettelse")
    String correct(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String situation,
                   @RequestParam(required = false) String conclusion, @RequestParam(required = false) String reason,
                   Model model, HttpServletResponse response) {
        return attempt(id, "correction", model, response,
                () -> correctMinutes.correct(id, version, situation, conclusion, reason, actor()));
    }

    private String attempt(UUID id, String form, Model model, HttpServletResponse response, Supplier<Meeting> action) {
        meetings.byId(id);
        try {
            action.get();
            return "redirect:/moter/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", FormErrors.of(form, e));
        } catch (ConcurrentChangeException | RefusedChangeException e) {
            response.setStatus(409);
            model.addAttribute("alert", e.getMessage());
        }
        return show(id, model);
    }

    private MeetingRequest request(Map<String, String> params, List<Participant> participants) {
        FieldErrors errors = new FieldErrors();
        MeetingType type = errors.optional("type", params.get("type"), ReferralForm.choice(MeetingType.class));
        LocalDate date = errors.required("date", params.get("date"), Dates::parse);
        LocalTime time = errors.required("time", params.get("time"), MeetingController::time);
        Integer duration = errors.required("durationMinutes", params.get("durationMinutes"), MeetingController::whole);
        errors.throwIfAny();
        return new MeetingRequest(type, date.atTime(time), duration, params.get("place"), params.get("videoLink"),
                participants);
    }

    private List<Participant> participants(Pathway pathway, Map<String, String> params) {
        Employment employment = persons.employments(pathway.personId()).stream().reduce((a, b) -> b).orElse(null);
        List<Participant> list = new ArrayList<>();
        for (Participant.Role role : Participant.Role.values()) {
            if (params.get("with_" + role.name()) == null) {
                continue;
            }
            String username = switch (role) {
                case NEAREST_LEADER -> employment == null ? null : employment.leaderUsername();
                case CLINICIAN -> users.current().username();
                default -> null;
            };
            list.add(new Participant(role, params.get("name_" + role.name()), username, Participant.Reply.NO_REPLY));
        }
        return list;
    }

    static Integer whole(String raw) {
        try {
            return Integer.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Skriv et helt tall");
        }
    }

    private static LocalTime time(String raw) {
        try {
            return LocalTime.parse(raw.length() == 4 ? "0" + raw : raw);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Skriv klokkeslett som tt:mm");
        }
    }

    private static <E extends Enum<E>> E parse(String raw, Class<E> type, String field) {
        FieldErrors errors = new FieldErrors();
        E value = errors.required(field, raw, ReferralForm.choice(type));
        errors.throwIfAny();
        return value;
    }

    private Pathway pathway(UUID id) {
        return pathways.byId(id).orElseThrow(() -> new NotFoundException("Forløpet"));
    }

    private Pathway clinicOnly(UUID id) {
        Pathway pathway = pathway(id);
        if (!users.current().role().clinicTeam()) {
            throw new NotFoundException("Siden");
        }
        return pathway;
    }

    private String actor() {
        return users.current().username();
    }
}
