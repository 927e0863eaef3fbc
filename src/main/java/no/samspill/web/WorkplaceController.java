package no.samspill.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samspill.programme.ContactPerson;
import no.samspill.programme.EnrolWorkplace;
import no.samspill.programme.HealthContributor;
import no.samspill.programme.NewWorkplace;
import no.samspill.programme.ProgrammeAccess;
import no.samspill.programme.ProgrammeQueries;
import no.samspill.programme.ProgrammeTemplate;
import no.samspill.programme.RecordSickLeave;
import no.samspill.programme.Run;
import no.samspill.programme.Sector;
import no.samspill.programme.Workplace;
import no.samspill.security.CurrentUser;
import no.samspill.security.CurrentUsers;
import no.samspill.shared.InvalidInputException;
import no.samspill.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Enrolling a workplace (programme owner) and reporting its sick-leave figures (owner or the workplace's contact). */
@Controller
class WorkplaceController {

    static final List<String> FIELDS = List.of("organisationNumber", "name", "sector", "headcount", "cohortId",
            "template", "firstSession", "contacts[0].name", "contacts[0].title", "contacts[0].email",
            "contacts[0].phone", "contributors[0].name", "contributors[0].profession", "contributors[0].organisation");

    private final EnrolWorkplace enrol;
    private final RecordSickLeave recordSickLeave;
    private final ProgrammeQueries queries;
    private final ProgrammeAccess access;
    private final CurrentUsers currentUsers;
    private final RunController runs;

    WorkplaceController(EnrolWorkplace enrol, RecordSickLeave recordSickLeave, ProgrammeQueries queries,
                        ProgrammeAccess access, CurrentUsers currentUsers, RunController runs) {
        this.enrol = enrol;
        this.recordSickLeave = recordSickLeave;
        this.queries = queries;
        this.access = access;
        this.currentUsers = currentUsers;
        this.runs = runs;
    }

    @GetMapping("/program/arbeidsplasser/ny")
    String form(@RequestParam(required = false) String cohortId, Model model) {
        access.requireOwner(currentUsers.current());
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(f -> values.put(f, ""));
        values.put("template", ProgrammeTemplate.STANDARD.key());
        values.put("cohortId", cohortId == null ? "" : cohortId);
        return page(values, model);
    }

    @PostMapping("/program/arbeidsplasser")
    String enrol(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        CurrentUser user = currentUsers.current();
        access.requireOwner(user);
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(f -> values.put(f, params.getOrDefault(f, "")));
        NewWorkplace form = new NewWorkplace(values.get("organisationNumber"), values.get("name"), values.get("sector"),
                values.get("headcount"), values.get("cohortId"), values.get("template"), values.get("firstSession"),
                List.of(new ContactPerson(values.get("contacts[0].name"), values.get("contacts[0].title"),
                        values.get("contacts[0].email"), values.get("contacts[0].phone"))),
                List.of(new HealthContributor(values.get("contributors[0].name"), values.get("contributors[0].profession"),
                        values.get("contributors[0].organisation"))));
        try {
            Run run = enrol.enrol(form, user.username());
            return "redirect:/program/lop/" + run.id();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", FormErrors.of("enrol", e));
            return page(values, model);
        }
    }

    @PostMapping("/program/arbeidsplasser/{id}/sykefravaer")
    String sickLeave(@PathVariable UUID id, @RequestParam(required = false) String year,
                     @RequestParam(required = false) String quarter, @RequestParam(required = false) String percent,
                     Model model, HttpServletResponse response) {
        CurrentUser user = currentUsers.current();
        Workplace workplace = queries.workplace(id).orElseThrow(() -> new NotFoundException("Arbeidsplassen"));
        access.requireView(user, workplace);
        Run run = queries.runOf(id).orElseThrow(() -> new NotFoundException("Programløpet"));
        String back = access.isContact(user) ? "/program/min" : "/program/lop/" + run.id();
        try {
            recordSickLeave.record(id, year, quarter, percent, user.username());
            return "redirect:" + back + "#sykefravaer";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", FormErrors.of("sickleave", e));
            model.addAttribute("sickLeaveForm", Map.of("year", ProgrammeController.nz(year), "quarter",
                    ProgrammeController.nz(quarter), "percent", ProgrammeController.nz(percent)));
            return runs.page(run, model);
        }
    }

    private String page(Map<String, String> values, Model model) {
        model.addAttribute("enrol", values);
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("templates", ProgrammeTemplate.ALL);
        model.addAttribute("cohorts", queries.cohorts().stream()
                .filter(c -> queries.allocation(c.id()).isEmpty()).toList());
        return "programme/enrol";
    }
}
