package no.samspill.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.pathway.PathwayFilter;
import no.samspill.pathway.PathwayListPage;
import no.samspill.pathway.PathwaySearch;
import no.samspill.pathway.PathwayState;
import no.samspill.security.CurrentUsers;
import no.samspill.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The clinic's pathways for the coordinator: filter by state, search by name or national ID number, paged. htmx
 * swaps only the table; a plain GET works without JavaScript. Bad input is shown at its field with 400.
 */
@Controller
class PathwayListController {

    private final PathwaySearch search;
    private final CurrentUsers currentUsers;

    PathwayListController(PathwaySearch search, CurrentUsers currentUsers) {
        this.search = search;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/forlop")
    String list(@RequestParam(required = false) String state, @RequestParam(required = false) String q,
                @RequestParam(required = false) String page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                HttpServletResponse response) {
        Map<String, String> vals = new LinkedHashMap<>();
        vals.put("state", state == null ? "" : state);
        vals.put("q", q == null ? "" : q);
        model.addAttribute("vals", vals);
        model.addAttribute("states", PathwayState.values());
        PathwayListPage result;
        try {
            PathwayFilter filter = PathwayFilter.parse(state, q, page, null);
            result = search.ofClinic(currentUsers.current().organisationNumber(), filter);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", FormErrors.of("filter", e));
            result = new PathwayListPage(List.of(), 0, PathwayFilter.DEFAULT_SIZE, false, false);
        }
        model.addAttribute("result", result);
        return htmx != null ? "pathways :: table" : "pathways";
    }
}
