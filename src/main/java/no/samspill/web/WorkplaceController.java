package no.samspill.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import no.samspill.programme.ContactPerson;
import no.samspill.programme.EditWorkplace;
import no.samspill.programme.EnrolWorkplace;
import no.samspill.programme.HealthContributor;
import no.samspill.programme.NewWorkplace;
import no.samspill.programme.ProgrammeAccess;
import no.samspill.programme.ProgrammeQueries;
import no.samspill.programme.ProgrammeTemplate;
import no.samspill.programme.RecordSickLeave;
import no.samspill.programme.Run;
import no.samspill.programme.Sector;
import no.samspill.programme.WithdrawWorkplace;
import no.samspill.programme.Workplace;
import no.samspill.programme.WorkplaceChange;
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
 * Enrolling, changing and withdrawing a workplace (programme owner; several contact persons and health contributors)
 * and reporting its sick-leave figures (owner or the workplace's contact).
 */
@Controller
class WorkplaceController {

    /** Rows of contact persons and of health contributors on the forms (blank rows are left out). */
    static final int ROWS = 3;
    static final List<String> PEOPLE = people();
    static final List<String> FIELDS = java.util.stream.Stream.concat(Stream.of("organisationNumber", "name", "sector",
            "headcount", "cohortId", "template", "firstSession"), PEOPLE.stream()).toList();
    static final List<String> EDIT_FIELDS = java.util.stream.Stream.concat(Stream.of("name", "sector", "headcount",
            "cohortId"), PEOPLE.stream()).toList();

    private final EnrolWorkplace enrol;
    private final RecordSickLeave recordSickLeave;
    private final ProgrammeQueries queries;
    private final ProgrammeAccess access;
    private final CurrentUsers currentUsers;
    private final RunController runs;
    private final EditWorkplace editWorkplace;
    private final WithdrawWorkplace withdrawWorkplace;

    WorkplaceController(EnrolWorkplace enrol, RecordSickLeave recordSickLeave, ProgrammeQueries queries,
                        ProgrammeAccess access, CurrentUsers currentUsers, RunController runs,
                        EditWorkplace editWorkplace, WithdrawWorkplace withdrawWorkplace) {
        this.editWorkplace = editWorkplace;
        this.withdrawWorkplace = withdrawWorkplace;
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
                contacts(values), contributors(values));
        try {
            Run run = enrol.enrol(form, user.username());
            return "redirect:/program/lop/" + run.id();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", FormErrors.of("enrol", e));
            return page(values, model);
        }
    }

    @GetMapping("/program/arbeidsplasser/{id}/endre")
    String editForm(@PathVariable UUID id, Model model) {
        access.requireOwner(currentUsers.current());
        Workplace workplace = queries.workplace(id).orElseThrow(() -> new NotFoundException("Arbeidsplassen"));
        Map<String, String> values = new LinkedHashMap<>();
        EDIT_FIELDS.forEach(f -> values.put(f, ""));
        values.put("name", workplace.name());
        values.put("sector", workplace.sector().name());
        values.put("headcount", String.valueOf(workplace.headcount()));
        values.put("cohortId", workplace.cohortId() == null ? "" : workplace.cohortId().toString());
        for (int i = 0; i < Math.min(ROWS, workplace.contacts().size()); i++) {
            ContactPerson c = workplace.contacts().get(i);
            values.put("contacts[" + i + "].name", c.name());
            values.put("contacts[" + i + "].title", ProgrammeController.nz(c.title()));
            values.put("contacts[" + i + "].email", ProgrammeController.nz(c.email()));
            values.put("contacts[" + i + "].phone", ProgrammeController.nz(c.phone()));
        }
        for (int i = 0; i < Math.min(ROWS, workplace.contributors().size()); i++) {
            HealthContributor h = workplace.contributors().get(i);
            values.put("contributors[" + i + "].name", h.name());
            values.put("contributors[" + i + "].profession", h.profession());
            values.put("contributors[" + i + "].organisation", ProgrammeController.nz(h.organisation()));
        }
        return editPage(workplace, workplace.version(), values, model);
    }

    @PostMapping("/program/arbeidsplasser/{id}/endre")
    String edit(@PathVariable UUID id, @RequestParam int version, @RequestParam Map<String, String> params, Model model,
                HttpServletResponse response) {
        access.requireOwner(currentUsers.current());
        Workplace workplace = queries.workplace(id).orElseThrow(() -> new NotFoundException("Arbeidsplassen"));
        Map<String, String> values = new LinkedHashMap<>();
        EDIT_FIELDS.forEach(f -> values.put(f, params.getOrDefault(f, "")));
        try {
            editWorkplace.edit(id, new WorkplaceChange(version, values.get("name"), values.get("sector"),
                    values.get("headcount"), values.get("cohortId"), contacts(values), contributors(values)));
            return "redirect:/program/lop/" + runOf(id).id();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", FormErrors.of("edit", e));
        } catch (ConcurrentChangeException | RefusedChangeException e) {
            response.setStatus(409);
            model.addAttribute("alert", e.getMessage());
        }
        return editPage(workplace, version, values, model);
    }

    @PostMapping("/program/arbeidsplasser/{id}/trekk")
    String withdraw(@PathVariable UUID id, @RequestParam int version, Model model, HttpServletResponse response) {
        CurrentUser user = currentUsers.current();
        access.requireOwner(user);
        Run run = runOf(id);
        try {
            withdrawWorkplace.withdraw(id, version, user.username());
            return "redirect:/program/lop/" + run.id();
        } catch (ConcurrentChangeException | RefusedChangeException e) {
            response.setStatus(409);
            model.addAttribute("alert", e.getMessage());
            return runs.page(run, model);
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

    private String editPage(Workplace workplace, int version, Map<String, String> values, Model model) {
        model.addAttribute("workplace", workplace);
        model.addAttribute("version", version);
        model.addAttribute("edit", values);
        model.addAttribute("rows", ROWS);
        model.addAttribute("runId", runOf(workplace.id()).id());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("cohorts", queries.cohorts());
        return "programme/workplace-edit";
    }

    private Run runOf(UUID workplaceId) {
        return queries.runOf(workplaceId).orElseThrow(() -> new NotFoundException("Programløpet"));
    }

    private static List<String> people() {
        List<String> fields = new java.util.ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            for (String f : List.of("name", "title", "email", "phone")) {
                fields.add("contacts[" + i + "]." + f);
            }
        }
        for (int i = 0; i < ROWS; i++) {
            for (String f : List.of("name", "profession", "organisation")) {
                fields.add("contributors[" + i + "]." + f);
            }
        }
        return List.copyOf(fields);
    }

    /** Every row of the form, blank ones too, so a field error's index is the row's. */
    static List<ContactPerson> contacts(Map<String, String> values) {
        return IntStream.range(0, ROWS).mapToObj(i -> new ContactPerson(values.get("contacts[" + i + "].name"),
                values.get("contacts[" + i + "].title"), values.get("contacts[" + i + "].email"),
                values.get("contacts[" + i + "].phone"))).toList();
    }

    static List<HealthContributor> contributors(Map<String, String> values) {
        return IntStream.range(0, ROWS).mapToObj(i -> new HealthContributor(values.get("contributors[" + i + "].name"),
                values.get("contributors[" + i + "].profession"), values.get("contributors[" + i + "].organisation")))
                .toList();
    }

    private String page(Map<String, String> values, Model model) {
        model.addAttribute("enrol", values);
        model.addAttribute("rows", ROWS);
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("templates", ProgrammeTemplate.ALL);
        model.addAttribute("cohorts", queries.cohorts().stream()
                .filter(c -> queries.allocation(c.id()).isEmpty()).toList());
        return "programme/enrol";
    }
}
