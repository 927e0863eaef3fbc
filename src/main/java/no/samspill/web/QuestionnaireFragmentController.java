package no.samspill.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samspill.instrument.Band;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.platform.DemoMode;
import no.samspill.questionnaire.AssignInstruments;
import no.samspill.questionnaire.IssuedLink;
import no.samspill.questionnaire.PathwayQuestionnaires;
import no.samspill.questionnaire.QuestionnaireQueries;
import no.samspill.questionnaire.Schedule;
import no.samspill.questionnaire.SendLink;
import no.samspill.questionnaire.TrendChart;
import no.samspill.security.CurrentUsers;
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
 * The questionnaire part of the pathway page, as an HTML fragment (no layout) the page loads with
 * {@code <div hx-get="/forlop/{id}/skjema" hx-trigger="load">}: rounds, scores with band, a trend chart per measure
 * (server-side SVG), the status in words, and forms to assign instruments and to (re)send a round's link.
 */
@Controller
class QuestionnaireFragmentController {

    private final PathwayQueries pathways;
    private final QuestionnaireQueries queries;
    private final AssignInstruments assign;
    private final SendLink sendLink;
    private final CurrentUsers users;
    private final DemoMode demoMode;

    QuestionnaireFragmentController(PathwayQueries pathways, QuestionnaireQueries queries, AssignInstruments assign,
                                    SendLink sendLink, CurrentUsers users, DemoMode demoMode) {
        this.pathways = pathways;
        this.queries = queries;
        this.assign = assign;
        this.sendLink = sendLink;
        this.users = users;
        this.demoMode = demoMode;
    }

    @GetMapping("/forlop/{id}/skjema")
    String fragment(@PathVariable UUID id, Model model) {
        return render(visible(id), model);
    }

    @PostMapping("/forlop/{id}/skjema")
    String assign(@PathVariable UUID id, @RequestParam(required = false) List<String> instruments,
                  @RequestParam(defaultValue = "standard") String plan,
                  @RequestParam(required = false) LocalDate baseline,
                  @RequestParam(required = false) String dates, Model model) {
        Pathway pathway = visible(id);
        try {
            List<Schedule.PlannedRound> schedule;
            if ("custom".equals(plan)) {
                List<LocalDate> parsed = new ArrayList<>();
                for (String d : (dates == null ? "" : dates).split("[,\\s]+")) {
                    if (!d.isBlank()) {
                        parsed.add(no.samspill.shared.Dates.parse(d));
                    }
                }
                schedule = Schedule.custom(parsed);
            } else {
                if (baseline == null) {
                    throw InvalidInputException.of("baseline", "Velg dato for baseline");
                }
                schedule = Schedule.standard(baseline);
            }
            assign.assign(pathway.id(), pathway.personId(), instruments == null ? List.of() : instruments, schedule,
                    users.current().username());
            model.addAttribute("notice", "Skjema tildelt");
        } catch (InvalidInputException e) {
            model.addAttribute("error", String.join(" ", e.problems().stream().map(p -> p.message()).toList()));
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", "Skriv datoene som dd.mm.åååå, skilt med komma");
        }
        return render(pathway, model);
    }

    @PostMapping("/forlop/{id}/skjema/runder/{roundId}/lenke")
    String link(@PathVariable UUID id, @PathVariable UUID roundId, Model model) {
        Pathway pathway = visible(id);
        try {
            IssuedLink link = sendLink.send(pathway.id(), roundId, users.current().username());
            model.addAttribute("notice", "Lenke sendt til pasienten (gyldig til "
                    + no.samspill.shared.Dates.format(LocalDate.ofInstant(link.expiresAt(), java.time.ZoneId.of("Europe/Oslo"))) + ")");
            if (demoMode.enabled()) {
                model.addAttribute("demoLink", link.url());
            }
        } catch (RefusedChangeException e) {
            model.addAttribute("error", e.getMessage());
        }
        return render(pathway, model);
    }

    private String render(Pathway pathway, Model model) {
        PathwayQuestionnaires q = queries.ofPathway(pathway.id(), pathway.personId());
        Map<String, String> charts = new LinkedHashMap<>();
        Map<String, String> bandLabels = new LinkedHashMap<>();
        for (PathwayQuestionnaires.Measure m : q.measures()) {
            charts.put(m.instrument().id(), TrendChart.svg(m.trajectory(), m.instrument().title() + ", sumskår over tid"));
            m.trajectory().bands().forEach(b -> bandLabels.put(m.instrument().id() + ":" + b.code(), label(b)));
        }
        model.addAttribute("pathway", pathway);
        model.addAttribute("q", q);
        model.addAttribute("charts", charts);
        model.addAttribute("bandLabels", bandLabels);
        model.addAttribute("assignable", queries.assignable());
        return "questionnaire/clinician :: fragment";
    }

    private static String label(Band b) {
        return b.label() + " (" + b.min() + "–" + b.max() + ")";
    }

    private Pathway visible(UUID id) {
        return pathways.byId(id).orElseThrow(() -> new NotFoundException("Forløpet"));
    }
}
