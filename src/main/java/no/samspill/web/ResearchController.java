package no.samspill.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.access.ResearchBasis;
import no.samspill.identifiers.OrganisationNumber;
import no.samspill.research.CreateResearchProject;
import no.samspill.research.DateGranularity;
import no.samspill.research.NewResearchProject;
import no.samspill.research.ResearchQueries;
import no.samspill.research.RunResearchExtract;
import no.samspill.research.VariableGroup;
import no.samspill.security.CurrentUsers;
import no.samspill.security.DemoAccounts;
import no.samspill.shared.ConcurrentChangeException;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.InvalidInputException;
import no.samspill.shared.RefusedChangeException;
import no.samspill.trial.CloseTrial;
import no.samspill.trial.CreateTrial;
import no.samspill.trial.NewTrial;
import no.samspill.trial.OpenTrial;
import no.samspill.trial.TrialArm;
import no.samspill.trial.TrialDesign;
import no.samspill.trial.TrialQueries;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analyst's research pages: projects and their extracts (download), trials (create, open, close, counts per arm).
 * Nothing here shows a person: extracts go out as a pseudonymised zip, trials as counts.
 */
@Controller
class ResearchController {

    private final ResearchQueries research;
    private final CreateResearchProject createProject;
    private final RunResearchExtract runExtract;
    private final TrialQueries trials;
    private final CreateTrial createTrial;
    private final OpenTrial openTrial;
    private final CloseTrial closeTrial;
    private final CurrentUsers users;

    ResearchController(ResearchQueries research, CreateResearchProject createProject, RunResearchExtract runExtract,
                       TrialQueries trials, CreateTrial createTrial, OpenTrial openTrial, CloseTrial closeTrial,
                       CurrentUsers users) {
        this.research = research;
        this.createProject = createProject;
        this.runExtract = runExtract;
        this.trials = trials;
        this.createTrial = createTrial;
        this.openTrial = openTrial;
        this.closeTrial = closeTrial;
        this.users = users;
    }

    @GetMapping("/analyse/forskning")
    String page(Model model) {
        model.addAttribute("projects", research.projects());
        model.addAttribute("extracts", research.projects().stream()
                .collect(LinkedHashMap::new, (m, p) -> m.put(p.code(), research.extracts(p.code())), Map::putAll));
        model.addAttribute("trials", trials.all());
        model.addAttribute("counts", trials.all().stream()
                .collect(LinkedHashMap::new, (m, t) -> m.put(t.code(), trials.countsByArm(t.id())), Map::putAll));
        model.addAttribute("bases", ResearchBasis.values());
        model.addAttribute("granularities", DateGranularity.values());
        model.addAttribute("groups", VariableGroup.values());
        model.addAttribute("designs", TrialDesign.values());
        model.addAttribute("clinics", List.of(DemoAccounts.CLINIC_NORD, DemoAccounts.CLINIC_MIDT));
        if (!model.containsAttribute("vals")) {
            model.addAttribute("vals", Map.of());
        }
        return "research";
    }

    @PostMapping("/analyse/forskning/prosjekter")
    String createProject(@RequestParam Map<String, String> form, @RequestParam(required = false) List<String> variables,
                         Model model, HttpServletResponse response) {
        return attempt("project", form, model, response, () -> {
            FieldErrors errors = new FieldErrors();
            ResearchBasis basis = errors.optional("legalBasis", form.get("legalBasis"), v -> parse(ResearchBasis.class, v));
            DateGranularity granularity = errors.optional("dateGranularity", form.get("dateGranularity"),
                    v -> parse(DateGranularity.class, v));
            Set<VariableGroup> groups = EnumSet.noneOf(VariableGroup.class);
            if (variables != null) {
                for (String v : variables) {
                    VariableGroup g = errors.optional("variables", v, x -> parse(VariableGroup.class, x));
                    if (g != null) {
                        groups.add(g);
                    }
                }
            }
            errors.throwIfAny();
            createProject.create(new NewResearchProject(form.get("code"), form.get("title"), form.get("rekReference"),
                    basis, form.get("legalBasisText"), granularity, groups));
        });
    }

    /** Runs the extract and sends the zip; the run is recorded and in the access log before the first byte. */
    @PostMapping("/analyse/forskning/prosjekter/{code}/uttrekk")
    void extract(@PathVariable String code, HttpServletResponse response) throws IOException {
        RunResearchExtract.ExtractFile file = runExtract.run(code, users.current().username());
        try {
            response.setContentType("application/zip");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + file.filename() + "\"");
            response.setContentLengthLong(Files.size(file.zip()));
            try (OutputStream out = response.getOutputStream()) {
                Files.copy(file.zip(), out);
            }
        } finally {
            Files.deleteIfExists(file.zip());
        }
    }

    @GetMapping("/analyse/forskning/prosjekter/{code}/ordbok")
    ResponseEntity<String> dictionary(@PathVariable String code) {
        return ResponseEntity.ok().contentType(new MediaType("text", "markdown", java.nio.charset.StandardCharsets.UTF_8))
                .body(research.dictionary(code));
    }

    @PostMapping("/analyse/forskning/studier")
    String createTrial(@RequestParam Map<String, String> form, @RequestParam(required = false) List<String> clinics,
                       Model model, HttpServletResponse response) {
        return attempt("trial", form, model, response, () -> {
            FieldErrors errors = new FieldErrors();
            TrialDesign design = errors.optional("design", form.get("design"), v -> parse(TrialDesign.class, v));
            List<Integer> blocks = errors.optional("blockSizes", form.get("blockSizes"), ResearchController::numbers);
            Integer planned = errors.optional("plannedPerClinic", form.get("plannedPerClinic"), ResearchController::number);
            errors.throwIfAny();
            createTrial.create(new NewTrial(form.get("code"), form.get("title"), design,
                    List.of(new TrialArm(form.getOrDefault("arm1Code", ""), form.getOrDefault("arm1Label", "")),
                            new TrialArm(form.getOrDefault("arm2Code", ""), form.getOrDefault("arm2Label", ""))),
                    blocks, clinics == null ? List.of() : clinics.stream().filter(OrganisationNumber::isValid).toList(),
                    planned));
        });
    }

    @PostMapping("/analyse/forskning/studier/{code}/apne")
    String open(@PathVariable String code, @RequestParam(required = false) Integer version, Model model,
                HttpServletResponse response) {
        return attempt("open", Map.of(), model, response, () -> openTrial.open(code, version == null ? -1 : version));
    }

    /** Closes an open trial to enrolment; enrolled pathways keep their arms. */
    @PostMapping("/analyse/forskning/studier/{code}/avslutt")
    String close(@PathVariable String code, @RequestParam(required = false) Integer version, Model model,
                 HttpServletResponse response) {
        return attempt("close", Map.of(), model, response, () -> closeTrial.close(code, version == null ? -1 : version));
    }

    private String attempt(String form, Map<String, String> vals, Model model, HttpServletResponse response,
                           Runnable action) {
        try {
            action.run();
            return "redirect:/analyse/forskning";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", FormErrors.of(form, e));
        } catch (ConcurrentChangeException | RefusedChangeException e) {
            response.setStatus(409);
            model.addAttribute("alert", e.getMessage());
        }
        model.addAttribute("vals", vals);
        return page(model);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Ugyldig valg");
        }
    }

    private static List<Integer> numbers(String raw) {
        return Arrays.stream(raw.split("[,\\s]+")).filter(s -> !s.isBlank()).map(ResearchController::number).toList();
    }

    private static Integer number(String raw) {
        try {
            return Integer.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Skriv et heltall");
        }
    }
}
