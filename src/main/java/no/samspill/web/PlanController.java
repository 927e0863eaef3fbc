package no.samspill.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.Party;
import no.samspill.access.PersonDataAccess;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.person.PersonDirectory;
import no.samspill.plan.AcknowledgePlan;
import no.samspill.plan.GradedChart;
import no.samspill.plan.PlanDraft;
import no.samspill.plan.PlanPdf;
import no.samspill.plan.PlanQueries;
import no.samspill.plan.PlanVersion;
import no.samspill.plan.PublishPlanVersion;
import no.samspill.security.CurrentUsers;
import no.samspill.shared.ConcurrentChangeException;
import no.samspill.shared.Dates;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.InvalidInputException;
import no.samspill.shared.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The return-to-work plan: its section on the pathway page, the editor, acknowledgement and the PDF. */
@Controller
class PlanController {

    /**
     * As many rows as a plan may have (the limit of {@link PlanDraft#check}) and one more, so a message about too many
     * is shown by them; at least three, two blank ones to add to. A row counts when any of its fields is filled.
     */
    static final FormRows ADJUSTMENTS = rows("adjWhat", "adjOwner", "adjFrom", "adjTo");
    static final FormRows STEPS = rows("stepFrom", "stepTo", "stepPercent");

    private final PlanQueries plans;
    private final PublishPlanVersion publish;
    private final AcknowledgePlan acknowledge;
    private final PathwayQueries pathways;
    private final PersonDirectory persons;
    private final PersonDataAccess access;
    private final CurrentUsers users;

    PlanController(PlanQueries plans, PublishPlanVersion publish, AcknowledgePlan acknowledge, PathwayQueries pathways,
                   PersonDirectory persons, PersonDataAccess access, CurrentUsers users) {
        this.plans = plans;
        this.publish = publish;
        this.acknowledge = acknowledge;
        this.pathways = pathways;
        this.persons = persons;
        this.access = access;
        this.users = users;
    }

    @GetMapping("/forlop/{id}/plan")
    String section(@PathVariable UUID id, Model model) {
        Pathway pathway = pathway(id);
        boolean seeWork = access.mayRead(pathway.personId().value(), InformationCategory.WORK_FUNCTION);
        List<PlanVersion> versions = seeWork ? plans.versions(id) : List.of();
        PlanVersion latest = versions.isEmpty() ? null : versions.get(0);
        Party party = access.viewer().party();
        model.addAttribute("pathway", pathway);
        model.addAttribute("seeWork", seeWork);
        model.addAttribute("versions", versions);
        model.addAttribute("plan", latest);
        model.addAttribute("chart", latest == null ? "" : GradedChart.svg(latest.steps()));
        model.addAttribute("clinicTeam", users.current().role().clinicTeam());
        model.addAttribute("canAcknowledge", latest != null && (party == Party.PATIENT || party == Party.EMPLOYER)
                && !latest.acknowledgedBy(party));
        return "plan :: section";
    }

    @GetMapping("/forlop/{id}/plan/ny")
    String edit(@PathVariable UUID id, Model model) {
        Pathway pathway = pathway(id);
        if (!users.current().role().clinicTeam()) {
            throw new NotFoundException("Siden");
        }
        PlanVersion latest = plans.latest(id).orElse(null);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form(latest));
        }
        model.addAttribute("pathway", pathway);
        model.addAttribute("patient", persons.patient(pathway.personId()).orElseThrow());
        model.addAttribute("basedOn", latest == null ? 0 : latest.number());
        @SuppressWarnings("unchecked")
        Map<String, String> form = (Map<String, String>) model.getAttribute("form");
        model.addAttribute("adjustmentRows", ADJUSTMENTS.shown(ADJUSTMENTS.count(form)));
        model.addAttribute("stepRows", STEPS.shown(STEPS.count(form)));
        return "plan-edit";
    }

    @PostMapping("/forlop/{id}/plan")
    String publish(@PathVariable UUID id, @RequestParam int basedOn, @RequestParam Map<String, String> params,
                   Model model, HttpServletResponse response) {
        pathway(id);
        // Blank rows are left out and the rest renumbered, so the rows come back in the order the messages are about.
        Map<String, String> typed = FormRows.compacted(params, ADJUSTMENTS, STEPS);
        try {
            publish.publish(id, basedOn, draft(typed), users.current().username());
            return "redirect:/forlop/" + id + "#plan";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", reviewDatesAsOneField(FormErrors.of("plan", e)));
        } catch (ConcurrentChangeException e) {
            response.setStatus(409);
            model.addAttribute("alert", e.getMessage() + " Det du skrev, står i skjemaet; den nyeste versjonen vises på"
                    + " forløpssiden.");
        }
        model.addAttribute("form", typed);
        String page = edit(id, model);
        model.addAttribute("basedOn", basedOn);
        return page;
    }

    @PostMapping("/plan/{id}/bekreft")
    String acknowledge(@PathVariable UUID id) {
        PlanVersion version = plans.version(id);
        acknowledge.acknowledge(id, users.current().username());
        return "redirect:/forlop/" + version.pathwayId() + "#plan";
    }

    @GetMapping("/plan/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        PlanVersion version = plans.version(id);
        String name = persons.patient(new no.samspill.person.PersonId(version.personId())).map(p -> p.fullName())
                .orElse("");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"oppfolgingsplan-v" + version.number() + ".pdf\"")
                .body(PlanPdf.render(version, name));
    }

    static PlanDraft draft(Map<String, String> p) {
        FieldErrors errors = new FieldErrors();
        List<PlanDraft.Adjustment> adjustments = new ArrayList<>();
        for (int i = 0; i < ADJUSTMENTS.count(p); i++) {
            adjustments.add(new PlanDraft.Adjustment(p.get("adjWhat" + i), p.get("adjOwner" + i),
                    errors.optional("adjustments[" + i + "].from", p.get("adjFrom" + i), Dates::parse),
                    errors.optional("adjustments[" + i + "].to", p.get("adjTo" + i), Dates::parse)));
        }
        List<PlanDraft.GradedStep> steps = new ArrayList<>();
        for (int i = 0; i < STEPS.count(p); i++) {
            steps.add(new PlanDraft.GradedStep(errors.optional("steps[" + i + "].from", p.get("stepFrom" + i), Dates::parse),
                    errors.optional("steps[" + i + "].to", p.get("stepTo" + i), Dates::parse),
                    errors.required("steps[" + i + "].percent", p.get("stepPercent" + i), MeetingController::whole)));
        }
        List<LocalDate> reviews = new ArrayList<>();
        String raw = p.getOrDefault("reviewDates", "");
        String[] parts = raw.isBlank() ? new String[0] : raw.trim().split("[,;\\s]+");
        for (int i = 0; i < parts.length; i++) {
            reviews.add(errors.required("reviewDates[" + i + "]", parts[i], Dates::parse));
        }
        errors.throwIfAny();
        return new PlanDraft(p.get("goal"), adjustments, steps, p.get("navMeasures"), reviews,
                p.containsKey("allowOutside"));
    }

    private static FormRows rows(String... columns) {
        int maxRows = 30;
        int spare = 2;
        return new FormRows(List.of(columns), List.of(columns), maxRows + spare + 10, spare, spare + 1, maxRows + 1);
    }

    /** The review dates are typed in one field: every date's message goes there. */
    private static FormErrors reviewDatesAsOneField(FormErrors errors) {
        return errors.renamed(field -> field.startsWith("reviewDates[") ? "reviewDates" : field);
    }

    private static Map<String, String> form(PlanVersion v) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("goal", v == null ? "" : v.goal());
        f.put("navMeasures", v == null || v.navMeasures() == null ? "" : v.navMeasures());
        f.put("reviewDates", v == null ? "" : String.join(", ", v.reviewDates().stream().map(LocalDate::toString).toList()));
        for (int i = 0; v != null && i < v.adjustments().size(); i++) {
            var a = v.adjustments().get(i);
            f.put("adjWhat" + i, a.what());
            f.put("adjOwner" + i, a.owner());
            f.put("adjFrom" + i, a.from().toString());
            f.put("adjTo" + i, a.to().toString());
        }
        for (int i = 0; v != null && i < v.steps().size(); i++) {
            var s = v.steps().get(i);
            f.put("stepFrom" + i, s.from().toString());
            f.put("stepTo" + i, s.to().toString());
            f.put("stepPercent" + i, String.valueOf(s.percent()));
        }
        return f;
    }

    private Pathway pathway(UUID id) {
        return pathways.byId(id).orElseThrow(() -> new NotFoundException("Forløpet"));
    }
}
