package no.samspill.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import org.springframework.http.HttpStatus;
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
    /** The last page a link may ask for (0-based): far beyond any real worklist, and its offset fits an int. */
    static final int MAX_PAGE = 100_000;

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

    /**
     * The filters come as text, so a hand-edited link with an unknown value is shown at its field (400) with the
     * worklist as the valid filters and the defaults for the others give it, never as an error page.
     */
    @GetMapping("/arbeidsliste")
    String worklist(@RequestParam(required = false) String scope,
                    @RequestParam(required = false) String kind,
                    @RequestParam(required = false) String sort,
                    @RequestParam(required = false) String page,
                    @RequestHeader(value = "HX-Request", required = false) String htmx,
                    Model model, HttpServletResponse response) {
        CurrentUser user = currentUsers.current();
        LocalDate today = LocalDate.now(clock);
        Map<String, String> problems = new LinkedHashMap<>();
        WorklistScope scopeValue = parse(scope, WorklistScope.class, WorklistScope.WEEK, "scope",
                "Ukjent visning «%s»: velg «Denne uka og forfalt», «Bare forfalt» eller «Alle åpne»", problems);
        WorklistKind kindValue = parse(kind, WorklistKind.class, null, "kind",
                "Ukjent type «%s»: velg en type fra lista", problems);
        String sortValue = blank(sort) ? "asc" : sort.strip();
        if (!sortValue.equals("asc") && !sortValue.equals("desc")) {
            problems.put("sort", "Ukjent sortering «" + sort + "»: velg tidligste eller seneste først");
            sortValue = "asc";
        }
        int pageNo = 0;
        if (!blank(page)) {
            try {
                pageNo = Integer.parseInt(page.strip());
            } catch (NumberFormatException e) {
                pageNo = -1;
            }
            if (pageNo < 0 || pageNo > MAX_PAGE) {
                problems.put("page", "Ugyldig side «" + page + "»");
                pageNo = 0;
            }
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", new FormErrors("filter", problems));
        }
        boolean latestFirst = sortValue.equals("desc");
        model.addAttribute("scope", scopeValue);
        model.addAttribute("kind", kindValue);
        model.addAttribute("sort", sortValue);
        model.addAttribute("scopes", WorklistScope.values());
        model.addAttribute("kinds", WorklistKind.values());
        model.addAttribute("page", worklist.of(user.username(), scopeValue, kindValue, latestFirst, pageNo, PAGE_SIZE,
                today));
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

    private static <E extends Enum<E>> E parse(String value, Class<E> type, E fallback, String field, String message,
                                               Map<String, String> problems) {
        if (blank(value)) {
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.strip())) {
                return constant;
            }
        }
        problems.put(field, message.formatted(value));
        return fallback;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
