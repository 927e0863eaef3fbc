package no.samspill.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.Party;
import no.samspill.access.PersonDataAccess;
import no.samspill.assessment.Assessment;
import no.samspill.assessment.AssessmentQueries;
import no.samspill.assessment.RecordAssessment;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.person.PersonDirectory;
import no.samspill.security.CurrentUsers;
import no.samspill.shared.ConcurrentChangeException;
import no.samspill.shared.Dates;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.InvalidInputException;
import no.samspill.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The assessment: its section on the pathway page (health part only for those allowed health data, work part for the
 * clinic, the patient and NAV — never for the employer), the form, and the printable summary for the GP.
 */
@Controller
class AssessmentController {

    private final AssessmentQueries assessments;
    private final RecordAssessment record;
    private final PathwayQueries pathways;
    private final PersonDirectory persons;
    private final PersonDataAccess access;
    private final CurrentUsers users;

    AssessmentController(AssessmentQueries assessments, RecordAssessment record, PathwayQueries pathways,
                         PersonDirectory persons, PersonDataAccess access, CurrentUsers users) {
        this.assessments = assessments;
        this.record = record;
        this.pathways = pathways;
        this.persons = persons;
        this.access = access;
        this.users = users;
    }

    @GetMapping("/forlop/{id}/kartlegging")
    String section(@PathVariable UUID id, Model model) {
        Pathway pathway = pathway(id);
        UUID personId = pathway.personId().value();
        Party party = access.viewer().party();
        boolean seeHealth = access.mayRead(personId, InformationCategory.HEALTH);
        // The employer follows the plan, the meetings and their tasks; the assessment is not theirs to see.
        boolean seeWork = party != Party.EMPLOYER && access.mayRead(personId, InformationCategory.WORK_FUNCTION);
        model.addAttribute("pathway", pathway);
        model.addAttribute("seeHealth", seeHealth);
        model.addAttribute("seeWork", seeWork);
        model.addAttribute("summaryLink", seeHealth || party == Party.GP);
        model.addAttribute("assessment", seeHealth ? assessments.full(id).orElse(null) : null);
        model.addAttribute("work", seeWork ? assessments.workPart(id).orElse(null) : null);
        model.addAttribute("clinicTeam", users.current().role().clinicTeam());
        return "assessment :: section";
    }

    @GetMapping("/forlop/{id}/kartlegging/ny")
    String edit(@PathVariable UUID id, Model model) {
        Pathway pathway = pathway(id);
        if (!users.current().role().clinicTeam()) {
            throw new NotFoundException("Siden");
        }
        Assessment current = assessments.full(id).orElse(null);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form(current));
        }
        model.addAttribute("pathway", pathway);
        model.addAttribute("patient", persons.patient(pathway.personId()).orElseThrow());
        model.addAttribute("version", current == null ? "" : String.valueOf(current.version()));
        model.addAttribute("ableOptions", Assessment.AbleToWork.values());
        model.addAttribute("benefitOptions", Assessment.WorkBenefit.values());
        model.addAttribute("stepOptions", Assessment.NextStep.values());
        return "assessment-edit";
    }

    @PostMapping("/forlop/{id}/kartlegging")
    String save(@PathVariable UUID id, @RequestParam Map<String, String> p, Model model, HttpServletResponse response) {
        pathway(id);
        try {
            FieldErrors errors = new FieldErrors();
            Boolean hasJob = errors.optional("hasJob", p.get("hasJob"), raw -> switch (raw) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException("Velg ja eller nei");
            });
            Assessment.AbleToWork able = errors.optional("ableToWork", p.get("ableToWork"),
                    ReferralForm.choice(Assessment.AbleToWork.class));
            Assessment.WorkBenefit benefit = errors.optional("workBenefitsHealth", p.get("workBenefitsHealth"),
                    ReferralForm.choice(Assessment.WorkBenefit.class));
            LocalDate on = errors.required("assessedOn", p.get("assessedOn"), Dates::parse);
            Integer version = errors.optional("version", p.get("version"), MeetingController::whole);
            errors.throwIfAny();
            Set<Assessment.NextStep> steps = EnumSet.noneOf(Assessment.NextStep.class);
            for (Assessment.NextStep s : Assessment.NextStep.values()) {
                if (p.containsKey("step_" + s.name())) {
                    steps.add(s);
                }
            }
            record.record(id, version, p.get("health"), new Assessment.WorkAssessment(null, p.get("workAbility"),
                    p.get("restrictions"), p.get("workDemands"), p.get("motivation"), p.containsKey("barrierConflict"),
                    p.containsKey("barrierAdjustments"), p.containsKey("barrierLeadership"), p.get("barrierNote"),
                    hasJob, able, benefit, p.get("conclusion"), steps), p.get("gpSummary"), on,
                    users.current().username());
            return "redirect:/forlop/" + id + "#kartlegging";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", FormErrors.of("assessment", e));
        } catch (ConcurrentChangeException e) {
            response.setStatus(409);
            model.addAttribute("alert", e.getMessage());
        }
        model.addAttribute("form", p);
        return edit(id, model);
    }

    /** The summary for the GP, as a printable page. The work questions are always in it. */
    @GetMapping("/forlop/{id}/epikrise")
    String summary(@PathVariable UUID id, Model model) {
        Pathway pathway = pathway(id);
        model.addAttribute("summary", assessments.gpSummary(id).orElseThrow(() -> new NotFoundException("Kartleggingen")));
        model.addAttribute("patient", persons.patient(pathway.personId()).orElseThrow());
        model.addAttribute("pathway", pathway);
        return "gp-summary";
    }

    private static Map<String, String> form(Assessment a) {
        Map<String, String> f = new LinkedHashMap<>();
        if (a == null) {
            f.put("assessedOn", "");
            return f;
        }
        var w = a.work();
        f.put("health", a.health());
        f.put("workAbility", w.workAbility());
        f.put("restrictions", nz(w.restrictions()));
        f.put("workDemands", nz(w.workDemands()));
        f.put("motivation", nz(w.motivation()));
        f.put("barrierNote", nz(w.barrierNote()));
        f.put("conclusion", w.conclusion());
        f.put("gpSummary", nz(a.gpSummary()));
        f.put("assessedOn", a.assessedOn().toString());
        f.put("hasJob", String.valueOf(w.hasJob()));
        f.put("ableToWork", w.ableToWork().name());
        f.put("workBenefitsHealth", w.workBenefitsHealth().name());
        if (w.barrierConflict()) {
            f.put("barrierConflict", "on");
        }
        if (w.barrierAdjustments()) {
            f.put("barrierAdjustments", "on");
        }
        if (w.barrierLeadership()) {
            f.put("barrierLeadership", "on");
        }
        w.nextSteps().forEach(s -> f.put("step_" + s.name(), "on"));
        return f;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private Pathway pathway(UUID id) {
        return pathways.byId(id).orElseThrow(() -> new NotFoundException("Forløpet"));
    }
}
