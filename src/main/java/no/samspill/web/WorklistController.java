package no.samspill.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.pathway.Worklist;
import no.samspill.pathway.WorklistKind;
import no.samspill.pathway.WorklistScope;
import no.samspill.person.Patient;
import no.samspill.person.PersonDirectory;
import no.samspill.person.PersonId;
import no.samspill.security.CurrentUser;
import no.samspill.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The user's worklist, filtered and paged; htmx swaps only the table, plain GET works without JavaScript. */
@Controller
class WorklistController {

    static final int PAGE_SIZE = 50;
    static final int WITHOUT_COORDINATOR_LIMIT = 20;

    private final Worklist worklist;
    private final PathwayQueries pathways;
    private final PersonDirectory persons;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    WorklistController(Worklist worklist, PathwayQueries pathways, PersonDirectory persons, CurrentUsers currentUsers,
                       Clock clock) {
        this.worklist = worklist;
        this.pathways = pathways;
        this.persons = persons;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/arbeidsliste")
    String worklist(@RequestParam(defaultValue = "WEEK") WorklistScope scope,
                    @RequestParam(required = false) WorklistKind kind,
                    @RequestParam(defaultValue = "asc") String sort,
                    @RequestParam(defaultValue = "0") int page,
                    @RequestHeader(value = "HX-Request", required = false) String htmx,
                    Model model) {
        CurrentUser user = currentUsers.current();
        LocalDate today = LocalDate.now(clock);
        boolean latestFirst = "desc".equals(sort);
        int pageNo = Math.max(0, page);
        model.addAttribute("scope", scope);
        model.addAttribute("kind", kind);
        model.addAttribute("sort", latestFirst ? "desc" : "asc");
        model.addAttribute("scopes", WorklistScope.values());
        model.addAttribute("kinds", WorklistKind.values());
        model.addAttribute("page", worklist.of(user.username(), scope, kind, latestFirst, pageNo, PAGE_SIZE, today));
        model.addAttribute("weekEnd", today.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY)));
        if (htmx != null) {
            return "worklist :: table";
        }
        List<Pathway> unassigned = pathways.withoutCoordinator(user.organisationNumber(), WITHOUT_COORDINATOR_LIMIT);
        Map<PersonId, Patient> patients = persons.patients(unassigned.stream().map(Pathway::personId).toList());
        model.addAttribute("unassigned", unassigned);
        model.addAttribute("patients", patients);
        return "worklist";
    }
}
