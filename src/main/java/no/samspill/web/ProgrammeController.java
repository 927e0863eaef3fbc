package no.samspill.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samspill.programme.AddContent;
import no.samspill.programme.CohortReport;
import no.samspill.programme.ContentKind;
import no.samspill.programme.CreateCohort;
import no.samspill.programme.ProgrammeAccess;
import no.samspill.programme.ProgrammeQueries;
import no.samspill.programme.RandomiseCohort;
import no.samspill.programme.SurveyCell;
import no.samspill.programme.SurveyDefinition;
import no.samspill.programme.SurveyWave;
import no.samspill.programme.Topic;
import no.samspill.programme.Workplace;
import no.samspill.security.CurrentUser;
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

/** The programme owner's pages: overview of cohorts and workplaces, content library, cohort dashboard, randomisation. */
@Controller
class ProgrammeController {

    private final ProgrammeQueries queries;
    private final ProgrammeAccess access;
    private final CreateCohort createCohort;
    private final AddContent addContent;
    private final RandomiseCohort randomise;
    private final CurrentUsers currentUsers;

    ProgrammeController(ProgrammeQueries queries, ProgrammeAccess access, CreateCohort createCohort,
                        AddContent addContent, RandomiseCohort randomise, CurrentUsers currentUsers) {
        this.queries = queries;
        this.access = access;
        this.createCohort = createCohort;
        this.addContent = addContent;
        this.randomise = randomise;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/program")
    String overview(Model model) {
        CurrentUser user = currentUsers.current();
        access.requireProgrammeUser(user);
        if (access.isContact(user)) {
            return "redirect:/program/min";
        }
        return page(model);
    }

    @PostMapping("/program/kohorter")
    String addCohort(@RequestParam(required = false) String name, @RequestParam(required = false) String region,
                     @RequestParam(required = false) String startsOn, Model model, HttpServletResponse response) {
        CurrentUser user = owner();
        model.addAttribute("cohortForm", Map.of("name", nz(name), "region", nz(region), "startsOn", nz(startsOn)));
        try {
            createCohort.create(name, region, startsOn, user.username());
            return "redirect:/program#kohorter";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", FormErrors.of("cohort", e));
            return page(model);
        }
    }

    @PostMapping("/program/innhold")
    String addContent(@RequestParam(required = false) String kind, @RequestParam(required = false) String topic,
                      @RequestParam(required = false) String title, @RequestParam(required = false) String description,
                      @RequestParam(required = false) String durationMinutes, @RequestParam(required = false) String url,
                      Model model, HttpServletResponse response) {
        owner();
        model.addAttribute("contentForm", Map.of("kind", nz(kind), "topic", nz(topic), "title", nz(title),
                "description", nz(description), "durationMinutes", nz(durationMinutes), "url", nz(url)));
        try {
            addContent.add(kind, topic, title, description, durationMinutes, url);
            return "redirect:/program#innhold";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", FormErrors.of("content", e));
            return page(model);
        }
    }

    @GetMapping("/program/kohorter/{id}")
    String cohort(@PathVariable UUID id, Model model) {
        owner();
        CohortReport report = queries.report(id);
        model.addAttribute("report", report);
        model.addAttribute("waves", SurveyWave.values());
        model.addAttribute("progressChart", progressChart(report));
        model.addAttribute("surveyChart", surveyChart(report));
        model.addAttribute("sickLeaveChart", sickLeaveChart(report));
        return "programme/cohort";
    }

    @GetMapping("/program/kohorter/{id}/randomisering")
    String randomisation(@PathVariable UUID id, Model model) {
        owner();
        model.addAttribute("cohort", queries.cohort(id).orElseThrow(() -> new NotFoundException("Kohorten")));
        model.addAttribute("allocation", queries.allocation(id).orElse(null));
        model.addAttribute("workplaces", queries.workplacesIn(id));
        return "programme/randomisation";
    }

    @PostMapping("/program/kohorter/{id}/randomisering")
    String randomise(@PathVariable UUID id, Model model, HttpServletResponse response) {
        CurrentUser user = owner();
        try {
            randomise.randomise(id, user.username());
            return "redirect:/program/kohorter/" + id + "/randomisering";
        } catch (RefusedChangeException e) {
            response.setStatus(409);
            model.addAttribute("alert", e.getMessage());
            return randomisation(id, model);
        }
    }

    private String page(Model model) {
        ProgrammeQueries.Overview overview = queries.overview();
        List<Workplace> workplaces = overview.workplaces();
        Map<UUID, String> cohortNames = new LinkedHashMap<>();
        queries.cohorts().forEach(c -> cohortNames.put(c.id(), c.name()));
        model.addAttribute("cohorts", queries.cohorts());
        model.addAttribute("cohortNames", cohortNames);
        model.addAttribute("cohortSizes", workplaces.stream().filter(w -> w.cohortId() != null).collect(
                java.util.stream.Collectors.groupingBy(Workplace::cohortId, java.util.stream.Collectors.counting())));
        model.addAttribute("workplaces", workplaces);
        model.addAttribute("runs", overview.runs());
        model.addAttribute("progress", overview.progress());
        model.addAttribute("content", queries.content());
        model.addAttribute("reviewsDue", queries.reviewsDue());
        model.addAttribute("contentKinds", ContentKind.values());
        model.addAttribute("topics", Topic.values());
        if (!model.containsAttribute("cohortForm")) {
            model.addAttribute("cohortForm", Map.of("name", "", "region", "", "startsOn", ""));
        }
        if (!model.containsAttribute("contentForm")) {
            model.addAttribute("contentForm", Map.of("kind", "FILM", "topic", "", "title", "", "description", "",
                    "durationMinutes", "", "url", ""));
        }
        return "programme/overview";
    }

    static ProgrammeCharts progressChart(CohortReport report) {
        List<ProgrammeCharts.Input> inputs = report.rows().stream().map(r -> new ProgrammeCharts.Input(
                r.workplace().name(), List.of((double) r.progress().percent()),
                List.of(r.progress().delivered() + " av " + r.progress().total() + " trinn"))).toList();
        return ProgrammeCharts.of("fremdrift", "Gjennomførte trinn per arbeidsplass", List.of("Gjennomført"), inputs,
                100, " %");
    }

    static ProgrammeCharts surveyChart(CohortReport report) {
        List<String> series = new ArrayList<>();
        for (SurveyWave wave : SurveyWave.values()) {
            SurveyCell cell = report.totals().get(wave);
            series.add(wave.label() + (cell.shown() && cell.n() != null ? " (n=" + cell.n() + ")"
                    : cell.pending() ? " (runden pågår)" : " (skjult, n<5)"));
        }
        List<ProgrammeCharts.Input> inputs = new ArrayList<>();
        for (SurveyDefinition.Scale scale : report.scales()) {
            List<Double> values = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (SurveyWave wave : SurveyWave.values()) {
                SurveyCell cell = report.totals().get(wave);
                Double v = cell.shown() ? ProgrammeCharts.number(cell.mean(scale.linkId())) : null;
                values.add(v);
                texts.add(v != null ? ProgrammeCharts.format(v) : cell.shown() ? "ingen svar"
                        : cell.pending() ? "runden pågår" : "skjult (færre enn 5)");
            }
            inputs.add(new ProgrammeCharts.Input(scale.text(), values, texts));
        }
        return ProgrammeCharts.of("undersokelse", "Gjennomsnitt per del (1–5), hele kohorten", series, inputs, 5, "");
    }

    static ProgrammeCharts sickLeaveChart(CohortReport report) {
        List<ProgrammeCharts.Input> inputs = new ArrayList<>();
        for (CohortReport.Row r : report.rows()) {
            if (!r.sickLeaveShown() || (r.sickLeave().before() == null && r.sickLeave().after() == null)) {
                continue;
            }
            Double before = ProgrammeCharts.number(r.sickLeave().before());
            Double after = ProgrammeCharts.number(r.sickLeave().after());
            inputs.add(new ProgrammeCharts.Input(r.workplace().name(), java.util.Arrays.asList(before, after),
                    List.of(text(before), text(after))));
        }
        report.sickLeaveByGroup().forEach((group, m) -> {
            Double before = ProgrammeCharts.number(m.before());
            Double after = ProgrammeCharts.number(m.after());
            String hidden = "skjult (færre enn " + CohortReport.SickLeaveMeans.MIN_WORKPLACES + " arbeidsplasser)";
            inputs.add(new ProgrammeCharts.Input("Snitt: " + group + " (" + m.workplaces() + ")",
                    java.util.Arrays.asList(before, after), m.shown() ? List.of(text(before), text(after))
                    : List.of(hidden, hidden)));
        });
        double max = inputs.stream().flatMap(i -> i.values().stream()).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).max().orElse(10);
        return ProgrammeCharts.of("sykefravaer", "Sykefravær før og etter programmet (prosent)",
                List.of("Før", "Etter"), inputs, Math.max(5, Math.ceil(max / 5) * 5), " %");
    }

    private static String text(Double v) {
        return v == null ? "mangler" : ProgrammeCharts.format(v) + " %";
    }

    private CurrentUser owner() {
        CurrentUser user = currentUsers.current();
        access.requireOwner(user);
        return user;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
