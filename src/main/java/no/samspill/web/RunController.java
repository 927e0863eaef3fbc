package no.samspill.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import no.samspill.programme.AddMeasure;
import no.samspill.programme.CloseSurveyWave;
import no.samspill.programme.Measure;
import no.samspill.programme.MeasureStatus;
import no.samspill.programme.OpenSurvey;
import no.samspill.programme.OwnerRole;
import no.samspill.programme.PostponeRun;
import no.samspill.programme.ProgrammeAccess;
import no.samspill.programme.ProgrammeQueries;
import no.samspill.programme.RecordReview;
import no.samspill.programme.Run;
import no.samspill.programme.RunView;
import no.samspill.programme.SetReviewDate;
import no.samspill.programme.Step;
import no.samspill.programme.StepUpdate;
import no.samspill.programme.SurveyWave;
import no.samspill.programme.UpdateMeasure;
import no.samspill.programme.UpdateStep;
import no.samspill.security.CurrentUser;
import no.samspill.security.CurrentUsers;
import no.samspill.shared.ConcurrentChangeException;
import no.samspill.shared.InvalidInputException;
import no.samspill.shared.NotFoundException;
import no.samspill.shared.RefusedChangeException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The run page for the programme owner: steps (planned date, delivered, attendance, notes), measures with their
 * review date and the follow-up that took place, survey links (open, close a wave), postponing a later-arm run,
 * and sick-leave figures; and the workplace contact's status change of their own workplace's measure. Each form calls one use case and redirects back, or re-renders
 * with its field messages; a stale version shows a message instead of overwriting.
 */
@Controller
class RunController {

    private final ProgrammeQueries queries;
    private final ProgrammeAccess access;
    private final UpdateStep updateStep;
    private final AddMeasure addMeasure;
    private final UpdateMeasure updateMeasure;
    private final SetReviewDate setReviewDate;
    private final OpenSurvey openSurvey;
    private final CloseSurveyWave closeSurvey;
    private final PostponeRun postponeRun;
    private final RecordReview recordReview;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    RunController(ProgrammeQueries queries, ProgrammeAccess access, UpdateStep updateStep, AddMeasure addMeasure,
                  UpdateMeasure updateMeasure, SetReviewDate setReviewDate, OpenSurvey openSurvey,
                  CloseSurveyWave closeSurvey, PostponeRun postponeRun, RecordReview recordReview,
                  CurrentUsers currentUsers, Clock clock) {
        this.queries = queries;
        this.access = access;
        this.updateStep = updateStep;
        this.addMeasure = addMeasure;
        this.updateMeasure = updateMeasure;
        this.setReviewDate = setReviewDate;
        this.openSurvey = openSurvey;
        this.closeSurvey = closeSurvey;
        this.postponeRun = postponeRun;
        this.recordReview = recordReview;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/program/lop/{id}")
    String show(@PathVariable UUID id, Model model) {
        owner();
        return page(run(id), model);
    }

    @PostMapping("/program/lop/{id}/trinn/{stepId}")
    String step(@PathVariable UUID id, @PathVariable UUID stepId, @RequestParam int version,
                @RequestParam(required = false) String plannedOn, @RequestParam(required = false) String delivered,
                @RequestParam(required = false) String deliveredOn, @RequestParam(required = false) String attendance,
                @RequestParam(required = false) String notes, Model model, HttpServletResponse response) {
        owner();
        Step step = queries.step(stepId).filter(s -> s.runId().equals(id))
                .orElseThrow(() -> new NotFoundException("Trinnet"));
        String deliveredDate = delivered == null ? "" : deliveredOn == null || deliveredOn.isBlank()
                ? LocalDate.now(clock).toString() : deliveredOn;
        model.addAttribute("stepForm", Map.of("id", stepId.toString(), "plannedOn", ProgrammeController.nz(plannedOn),
                "deliveredOn", deliveredDate, "attendance", ProgrammeController.nz(attendance),
                "notes", ProgrammeController.nz(notes)));
        return attempt(id, "step-" + step.position(), "#trinn-" + step.position(), model, response,
                () -> updateStep.update(stepId, new StepUpdate(version, plannedOn, deliveredDate, attendance, notes)));
    }

    @PostMapping("/program/lop/{id}/tiltak")
    String measure(@PathVariable UUID id, @RequestParam(required = false) String what,
                   @RequestParam(required = false) String ownerRole, @RequestParam(required = false) String dueOn,
                   Model model, HttpServletResponse response) {
        CurrentUser user = owner();
        model.addAttribute("measureForm", Map.of("what", ProgrammeController.nz(what), "ownerRole",
                ProgrammeController.nz(ownerRole), "dueOn", ProgrammeController.nz(dueOn)));
        return attempt(id, "measure", "#tiltak", model, response,
                () -> addMeasure.add(id, what, ownerRole, dueOn, user.username()));
    }

    @PostMapping("/program/lop/{id}/tiltak/{measureId}")
    String measureStatus(@PathVariable UUID id, @PathVariable UUID measureId, @RequestParam int version,
                         @RequestParam(required = false) String status, Model model, HttpServletResponse response) {
        owner();
        queries.measure(measureId).filter(m -> m.runId().equals(id)).orElseThrow(() -> new NotFoundException("Tiltaket"));
        return attempt(id, "measure-" + measureId, "#tiltak", model, response,
                () -> updateMeasure.setStatus(measureId, version, status));
    }

    @PostMapping("/program/lop/{id}/oppfolging")
    String review(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String reviewOn,
                  Model model, HttpServletResponse response) {
        owner();
        return attempt(id, "review", "#tiltak", model, response, () -> setReviewDate.set(id, version, reviewOn));
    }

    @PostMapping("/program/lop/{id}/oppfolging/gjennomfort")
    String reviewed(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String reviewedOn,
                    @RequestParam(required = false) String outcome, Model model, HttpServletResponse response) {
        owner();
        model.addAttribute("reviewedForm", Map.of("reviewedOn", ProgrammeController.nz(reviewedOn),
                "outcome", ProgrammeController.nz(outcome)));
        return attempt(id, "reviewed", "#tiltak", model, response,
                () -> recordReview.record(id, version, reviewedOn, outcome));
    }

    /** The workplace contact sets the status of one of their own workplace's measures. */
    @PostMapping("/program/min/tiltak/{measureId}")
    String contactMeasureStatus(@PathVariable UUID measureId, @RequestParam int version,
                                @RequestParam(required = false) String status, Model model, HttpServletResponse response) {
        CurrentUser user = currentUsers.current();
        Measure measure = queries.measure(measureId).orElseThrow(() -> new NotFoundException("Tiltaket"));
        Run run = run(measure.runId());
        access.requireView(user, queries.workplace(run.workplaceId()).orElseThrow(() -> new NotFoundException("Tiltaket")));
        try {
            updateMeasure.setStatus(measureId, version, status);
            return access.isContact(user) ? "redirect:/program/min#tiltak" : "redirect:/program/lop/" + run.id() + "#tiltak";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", FormErrors.of("measure-" + measureId, e));
        } catch (ConcurrentChangeException | RefusedChangeException e) {
            response.setStatus(409);
            model.addAttribute("alert", e.getMessage());
        }
        return page(run, model);
    }

    @PostMapping("/program/lop/{id}/undersokelse")
    String openSurvey(@PathVariable UUID id, @RequestParam SurveyWave wave, Model model, HttpServletResponse response) {
        CurrentUser user = owner();
        return attempt(id, "survey", "#undersokelse", model, response, () -> openSurvey.open(id, wave, user.username()));
    }

    @PostMapping("/program/lop/{id}/undersokelse/avslutt")
    String closeSurvey(@PathVariable UUID id, @RequestParam SurveyWave wave, Model model, HttpServletResponse response) {
        CurrentUser user = owner();
        return attempt(id, "survey", "#undersokelse", model, response, () -> closeSurvey.close(id, wave, user.username()));
    }

    @PostMapping("/program/lop/{id}/utsett")
    String postpone(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String firstSession,
                    Model model, HttpServletResponse response) {
        owner();
        model.addAttribute("postponeForm", Map.of("firstSession", ProgrammeController.nz(firstSession)));
        return attempt(id, "postpone", "#trinn", model, response, () -> postponeRun.postpone(id, version, firstSession));
    }

    private String attempt(UUID id, String form, String anchor, Model model, HttpServletResponse response,
                           Runnable action) {
        Run run = run(id);
        try {
            action.run();
            return "redirect:/program/lop/" + id + anchor;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", FormErrors.of(form, e));
        } catch (ConcurrentChangeException | RefusedChangeException e) {
            response.setStatus(409);
            model.addAttribute("alert", e.getMessage());
        }
        return page(queries.run(id).orElse(run), model);
    }

    String page(Run run, Model model) {
        RunView view = queries.view(run);
        model.addAttribute("view", view);
        model.addAttribute("ownerRoles", OwnerRole.values());
        model.addAttribute("measureStatuses", MeasureStatus.values());
        model.addAttribute("waves", SurveyWave.values());
        model.addAttribute("scales", queries.survey().scales());
        model.addAttribute("owner", access.isOwner(currentUsers.current()));
        Object override = model.getAttribute("stepForm");
        Map<UUID, Map<String, String>> stepValues = new java.util.LinkedHashMap<>();
        for (Step s : view.steps()) {
            if (override instanceof Map<?, ?> form && s.id().toString().equals(form.get("id"))) {
                @SuppressWarnings("unchecked")
                Map<String, String> values = (Map<String, String>) form;
                stepValues.put(s.id(), values);
            } else {
                stepValues.put(s.id(), Map.of("plannedOn", s.plannedOn().toString(),
                        "deliveredOn", s.deliveredOn() == null ? "" : s.deliveredOn().toString(),
                        "attendance", s.attendance() == null ? "" : s.attendance().toString(),
                        "notes", s.notes() == null ? "" : s.notes()));
            }
        }
        model.addAttribute("stepValues", stepValues);
        Map<SurveyWave, no.samspill.programme.SurveyLink> links = new java.util.EnumMap<>(SurveyWave.class);
        view.surveyLinks().forEach(l -> links.put(l.wave(), l));
        model.addAttribute("links", links);
        model.addAttribute("reviewForm", Map.of("reviewOn", view.run().reviewOn() == null ? "" : view.run().reviewOn().toString()));
        model.addAttribute("baseUrl", org.springframework.web.servlet.support.ServletUriComponentsBuilder
                .fromCurrentContextPath().build().toUriString());
        if (!model.containsAttribute("reviewedForm")) {
            model.addAttribute("reviewedForm", Map.of("reviewedOn", LocalDate.now(clock).toString(), "outcome", ""));
        }
        if (!model.containsAttribute("postponeForm")) {
            model.addAttribute("postponeForm", Map.of("firstSession", ""));
        }
        if (!model.containsAttribute("measureForm")) {
            model.addAttribute("measureForm", Map.of("what", "", "ownerRole", "", "dueOn", ""));
        }
        if (!model.containsAttribute("sickLeaveForm")) {
            LocalDate last = LocalDate.now(clock).withDayOfMonth(1).minusMonths(3);
            model.addAttribute("sickLeaveForm", Map.of("year", String.valueOf(last.getYear()),
                    "quarter", String.valueOf((last.getMonthValue() - 1) / 3 + 1), "percent", ""));
        }
        return access.isOwner(currentUsers.current()) ? "programme/run" : "programme/contact";
    }

    private Run run(UUID id) {
        return queries.run(id).orElseThrow(() -> new NotFoundException("Programløpet"));
    }

    private CurrentUser owner() {
        CurrentUser user = currentUsers.current();
        access.requireOwner(user);
        return user;
    }
}
