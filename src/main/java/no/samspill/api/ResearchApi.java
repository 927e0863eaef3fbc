package no.samspill.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samspill.access.ResearchBasis;
import no.samspill.research.CreateResearchProject;
import no.samspill.research.DateGranularity;
import no.samspill.research.ExtractRecord;
import no.samspill.research.NewResearchProject;
import no.samspill.research.ResearchProject;
import no.samspill.research.ResearchQueries;
import no.samspill.research.RunResearchExtract;
import no.samspill.research.VariableGroup;
import no.samspill.security.CurrentUsers;
import no.samspill.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Research projects and extracts (analyst only). Running an extract answers with the zip (dataset.csv, dictionary.md,
 * dictionary.csv, suppression-report.md); the run is recorded and in the access log before the first byte is sent.
 */
@RestController
@RequestMapping("/api/v1/research/projects")
class ResearchApi {

    private final ResearchQueries research;
    private final CreateResearchProject createProject;
    private final RunResearchExtract runExtract;
    private final CurrentUsers users;

    ResearchApi(ResearchQueries research, CreateResearchProject createProject, RunResearchExtract runExtract,
                CurrentUsers users) {
        this.research = research;
        this.createProject = createProject;
        this.runExtract = runExtract;
        this.users = users;
    }

    @GetMapping
    List<ProjectView> all() {
        return research.projects().stream().map(ResearchApi::view).toList();
    }

    @GetMapping("/{code}")
    ProjectView one(@PathVariable String code) {
        return view(research.project(code).orElseThrow(() -> new NotFoundException("Prosjektet")));
    }

    @PostMapping
    ResponseEntity<ProjectView> create(@RequestBody ProjectRequest request) {
        ResearchProject project = createProject.create(new NewResearchProject(request.code(), request.title(),
                request.rekReference(), request.legalBasis(), request.legalBasisText(), request.dateGranularity(),
                request.variables()));
        return ResponseEntity.created(java.net.URI.create("/api/v1/research/projects/" + project.code()))
                .body(view(project));
    }

    @GetMapping(value = "/{code}/dictionary", produces = "text/markdown;charset=UTF-8")
    String dictionary(@PathVariable String code) {
        return research.dictionary(code);
    }

    @GetMapping("/{code}/extracts")
    List<ExtractRecord> extracts(@PathVariable String code) {
        return research.extracts(code);
    }

    @PostMapping("/{code}/extracts")
    void extract(@PathVariable String code, HttpServletResponse response) throws IOException {
        RunResearchExtract.ExtractFile file = runExtract.run(code, users.current().username());
        try {
            response.setStatus(201);
            response.setContentType("application/zip");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + file.filename() + "\"");
            response.setHeader("Location", "/api/v1/research/projects/" + code + "/extracts");
            response.setContentLengthLong(Files.size(file.zip()));
            try (OutputStream out = response.getOutputStream()) {
                Files.copy(file.zip(), out);
            }
        } finally {
            Files.deleteIfExists(file.zip());
        }
    }

    static ProjectView view(ResearchProject p) {
        return new ProjectView(p.id(), p.code(), p.title(), p.rekReference(), p.legalBasis(), p.legalBasisText(),
                p.dateGranularity(), p.variables(), p.createdBy(), p.createdAt());
    }

    record ProjectView(UUID id, String code, String title, String rekReference, ResearchBasis legalBasis,
                       String legalBasisText, DateGranularity dateGranularity, Set<VariableGroup> variables,
                       String createdBy, Instant createdAt) {
    }

    record ProjectRequest(String code, String title, String rekReference, ResearchBasis legalBasis,
                          String legalBasisText, DateGranularity dateGranularity, Set<VariableGroup> variables) {
    }
}
