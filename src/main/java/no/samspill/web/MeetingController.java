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

    /** A participant's field as the use case names it ({@code participants[1].name}). */
    private static final java.util.regex.Pattern PARTICIPANT_FIELD =
            java.util.regex.Pattern.compile("participants\\[(\\d+)]\\.(name|role)");

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
    private final Fmt fmt;
    private final Clock clock;

    MeetingController(MeetingQueries meetings, ScheduleMeeting schedule, RescheduleMeeting reschedule,
                      CancelMeeting cancel, RecordMeetingHeld held, ReplyToMeeting reply, WriteMinutes writeMinutes,
                      CorrectMinutes correctMinutes, PathwayQueries pathways, PersonDirectory persons,
                      PersonDataAccess access, CurrentUsers users, Fmt fmt, Clock clock) {
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
        this.fmt = fmt;
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
        var patient = persons.patient(pathway.personId()).orElseThrow();
        Employment employment = persons.employments(pathway.personId()).stream().reduce((a, b) -> b).orElse(null);
        if (!model.containsAttribute("form")) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("type", "COLLABORATION");
            form.put("date", LocalDate.now(clock).plusDays(7).toString());
            form.put("time", "09:00");
            form.put("durationMinutes", "60");
            form.put("place", "");
            form.put("videoLink", "");
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
        model.addAttribute("patient", patient);
        model.addAttribute("types", MeetingType.values());
        model.addAttribute("roles", Participant.Role.values());
        model.addAttribute("leaderUnnamed", employment != null && !employment.leaderNamed());
        return "meeting-new";
    }

    @PostMapping("/forlop/{id}/moter")
    String scheduleMeeting(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
                           HttpServletResponse response) {
        Pathway pathway = pathway(id);
        List<Participant> participants = participants(pathway, params);
        try {
            MeetingRequest request = request(params, participants);
            Meeting meeting = schedule.schedule(id, request, actor());
            return "redirect:/moter/" + meeting.id();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", byRole(FormErrors.of("meeting", e), participants));
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
        LocalDateTime start = LocalDateTime.ofInstant(meeting.startsAt(), Meeting.OSLO);
        model.addAttribute("start", start);
        model.addAttribute("end", LocalDateTime.ofInstant(meeting.endsAt(), Meeting.OSLO));
        model.addAttribute("replies", Participant.Reply.values());
        // What the user typed comes back after a refused save (400 or 409); otherwise the forms show what is stored.
        String typedForm = (String) model.getAttribute("typedForm");
        @SuppressWarnings("unchecked")
        Map<String, String> typed = (Map<String, String>) model.getAttribute("typed");
        Minutes stored = meeting.minutes();
        Map<String, String> minutesForm = "minutes".equals(typedForm) ? typed : minutesForm(stored);
        List<Map<String, String>> taskRows = "minutes".equals(typedForm) ? MinutesForm.TASKS.rows(typed)
                : MinutesForm.taskRows(stored);
        model.addAttribute("minutesForm", minutesForm);
        model.addAttribute("taskRows", MinutesForm.TASKS.withSpareRows(taskRows));
        model.addAttribute("correctionForm", "correction".equals(typedForm) ? typed : Map.of(
                "situation", stored == null || stored.situation() == null ? "" : stored.situation(),
                "conclusion", stored == null || stored.conclusion() == null ? "" : stored.conclusion(), "reason", ""));
        model.addAttribute("rescheduleForm", "reschedule".equals(typedForm) ? typed : Map.of(
                "date", start.toLocalDate().toString(), "time", start.toLocalTime().toString(),
                "durationMinutes", String.valueOf(java.time.Duration.between(meeting.startsAt(), meeting.endsAt())
                        .toMinutes()),
                "place", meeting.place() == null ? "" : meeting.place(),
                "videoLink", meeting.videoLink() == null ? "" : meeting.videoLink()));
        model.addAttribute("owners", clinicTeam ? owners(meeting, pathway, taskRows) : List.of());
        return "meeting";
    }

    /**
     * Who a task in the minutes can be given to: the parties of this meeting and pathway — the user writing the
     * minutes, the pathway's coordinator and every participant with a Samspill account — and anyone a saved draft
     * already gave a task to.
     */
    private List<String[]> owners(Meeting meeting, Pathway pathway, List<Map<String, String>> taskRows) {
        Map<String, String> owners = new LinkedHashMap<>();
        owners.put(users.current().username(), users.current().displayName());
        if (pathway.coordinator() != null) {
            owners.putIfAbsent(pathway.coordinator(), fmt.user(pathway.coordinator()) + " (koordinator)");
        }
        meeting.participants().stream().filter(p -> p.username() != null)
                .forEach(p -> owners.putIfAbsent(p.username(), p.name() + " (" + p.role().label() + ")"));
        taskRows.stream().map(r -> r.get(MinutesForm.OWNER)).filter(o -> o != null && !o.isBlank())
                .forEach(o -> owners.putIfAbsent(o, fmt.user(o)));
        return owners.entrySet().stream().map(e -> new String[] {e.getKey(), e.getValue()}).toList();
    }

    private static Map<String, String> minutesForm(Minutes stored) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("situation", stored == null || stored.situation() == null ? "" : stored.situation());
        form.put("conclusion", stored == null || stored.conclusion() == null ? "" : stored.conclusion());
        form.put("clinicalNote", stored == null || stored.clinicalNote() == null ? "" : stored.clinicalNote());
        return form;
    }

    @GetMapping("/moter/{id}/invitasjon.ics")
    ResponseEntity<byte[]> ics(@PathVariable UUID id) {
        Meeting meeting = meetings.byId(id);
        // The organiser is the pathway's coordinator, whoever downloads the invitation.
        String coordinator = pathway(meeting.pathwayId()).coordinator();
        String ics = MeetingCalendar.ics(meeting, coordinator == null ? null : fmt.user(coordinator), clock.instant());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mote-" + id + ".ics\"")
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/moter/{id}/svar")
    String reply(@PathVariable UUID id, @RequestParam int version, @RequestParam int participant,
                 @RequestParam(required = false) String reply, Model model, HttpServletResponse response) {
        return attempt(id, "reply", Map.of(), model, response, () -> this.reply.reply(id, version, participant,
                parse(reply, Participant.Reply.class, "reply"), actor()));
    }

    @PostMapping("/moter/{id}/avholdt")
    String held(@PathVariable UUID id, @RequestParam int version, Model model, HttpServletResponse response) {
        return attempt(id, "status", Map.of(), model, response, () -> held.held(id, version, actor()));
    }

    @PostMapping("/moter/{id}/avlys")
    String cancel(@PathVariable UUID id, @RequestParam int version, Model model, HttpServletResponse response) {
        return attempt(id, "status", Map.of(), model, response, () -> cancel.cancel(id, version, actor()));
    }

    @PostMapping("/moter/{id}/nytt-tidspunkt")
    String reschedule(@PathVariable UUID id, @RequestParam int version, @RequestParam Map<String, String> params,
                      Model model, HttpServletResponse response) {
        return attempt(id, "reschedule", params, model, response,
                () -> reschedule.reschedule(id, version, request(params, List.of()), actor()));
    }

    @PostMapping("/moter/{id}/referat")
    String minutes(@PathVariable UUID id, @RequestParam int version, @RequestParam Map<String, String> params,
                   Model model, HttpServletResponse response) {
        // Blank rows are dropped, so the rows come back in the order of the list the messages are about.
        Map<String, String> typed = FormRows.compacted(params, MinutesForm.TASKS);
        List<Map<String, String>> rows = MinutesForm.TASKS.rows(typed);
        boolean finalise = params.containsKey("finalise");
        return attempt(id, "minutes", typed, model, response, () -> {
            FieldErrors errors = new FieldErrors();
            List<Minutes.MinuteTask> tasks = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> row = rows.get(i);
                LocalDate due = errors.optional("tasks[" + i + "].dueDate", row.get(MinutesForm.DUE), Dates::parse);
                tasks.add(new Minutes.MinuteTask(row.get(MinutesForm.TITLE), row.get(MinutesForm.OWNER), due, null));
            }
            errors.throwIfAny();
            return writeMinutes.write(id, version, new Minutes(params.get("situation"), params.get("conclusion"),
                    params.get("clinicalNote"), tasks, finalise), finalise, actor());
        });
    }

    @PostMapping("/moter/{id}/referat/rettelse")
    String correct(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String situation,
                   @RequestParam(required = false) String conclusion, @RequestParam(required = false) String reason,
                   Model model, HttpServletResponse response) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("situation", situation == null ? "" : situation);
        typed.put("conclusion", conclusion == null ? "" : conclusion);
        typed.put("reason", reason == null ? "" : reason);
        return attempt(id, "correction", typed, model, response,
                () -> correctMinutes.correct(id, version, situation, conclusion, reason, actor()));
    }

    /**
     * Runs a change and goes back to the meeting. When it is refused, the page shows why, and the form shows what the
     * user typed ({@code typed}): field messages with 400; with 409 the conflict, what is saved now, and their text
     * to compare or copy.
     */
    private String attempt(UUID id, String form, Map<String, String> typed, Model model, HttpServletResponse response,
                           Supplier<Meeting> action) {
        meetings.byId(id);
        try {
            action.get();
            return "redirect:/moter/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", byRole(FormErrors.of(form, e), List.of()));
        } catch (ConcurrentChangeException e) {
            response.setStatus(409);
            model.addAttribute("alert", e.getMessage() + (typed.isEmpty() ? ""
                    : " Det som er lagret nå, vises på siden. Teksten din er ikke lagret; den står i skjemaet"
                    + " nedenfor, så du kan sammenligne eller kopiere den."));
            model.addAttribute("conflict", form);
        } catch (RefusedChangeException e) {
            response.setStatus(409);
            model.addAttribute("alert", e.getMessage());
            model.addAttribute("conflict", form);
        }
        model.addAttribute("typedForm", form);
        model.addAttribute("typed", typed);
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
                participants, params.containsKey("allowBeforePathway"));
    }

    /**
     * The use case names a participant's field by its place among those invited ({@code participants[1].name}); the
     * form has one row per role, so the message goes to that role's field ({@code name_NEAREST_LEADER}). The start
     * is typed as a date and a time: its message goes to the date.
     */
    private static FormErrors byRole(FormErrors errors, List<Participant> participants) {
        return errors.renamed(field -> {
            java.util.regex.Matcher m = PARTICIPANT_FIELD.matcher(field);
            if (field.equals("start")) {
                return "date";
            }
            if (m.matches() && Integer.parseInt(m.group(1)) < participants.size()) {
                return "name_" + participants.get(Integer.parseInt(m.group(1))).role().name();
            }
            return field;
        });
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
