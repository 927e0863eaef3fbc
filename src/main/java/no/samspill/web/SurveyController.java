package no.samspill.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import no.samspill.programme.ProgrammeQueries;
import no.samspill.programme.SubmitSurveyResponse;
import no.samspill.programme.SurveyLink;
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
 * The anonymous survey for participants: no log-in, nothing about the person asked or stored. The link names only
 * the run and the wave (through an unguessable token).
 */
@Controller
class SurveyController {

    private final ProgrammeQueries queries;
    private final SubmitSurveyResponse submit;

    SurveyController(ProgrammeQueries queries, SubmitSurveyResponse submit) {
        this.queries = queries;
        this.submit = submit;
    }

    @GetMapping("/undersokelse/{token}")
    String show(@PathVariable String token, Model model) {
        return page(link(token), Map.of(), model);
    }

    @PostMapping("/undersokelse/{token}")
    String answer(@PathVariable String token, @RequestParam Map<String, String> params, Model model,
                  HttpServletResponse response) {
        SurveyLink link = link(token);
        Map<String, String> answers = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("a.")) {
                answers.put(k.substring(2), v);
            }
        });
        try {
            submit.submit(token, answers);
            return "redirect:/undersokelse/takk";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", FormErrors.of("survey", e));
        } catch (RefusedChangeException e) {
            response.setStatus(409);
            model.addAttribute("alert", e.getMessage());
        }
        return page(link, answers, model);
    }

    @GetMapping("/undersokelse/takk")
    String thanks() {
        return "programme/survey-thanks";
    }

    private String page(SurveyLink link, Map<String, String> answers, Model model) {
        model.addAttribute("link", link);
        model.addAttribute("survey", queries.survey());
        model.addAttribute("answers", answers);
        model.addAttribute("closedReason", queries.surveyRefusal(link).orElse(null));
        model.addAttribute("workplaceName", queries.run(link.runId())
                .flatMap(r -> queries.workplace(r.workplaceId())).map(w -> w.name()).orElse(""));
        return "programme/survey";
    }

    private SurveyLink link(String token) {
        return queries.surveyLink(token).orElseThrow(() -> new NotFoundException("Undersøkelsen"));
    }
}
