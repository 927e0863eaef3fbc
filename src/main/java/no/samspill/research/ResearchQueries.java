package no.samspill.research;

import java.util.List;
import java.util.Optional;
import no.samspill.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Research projects and the record of their extracts (no person data), and the columns a project's extract has. */
@Service
@Transactional(readOnly = true)
public class ResearchQueries {

    private final Projects projects;

    ResearchQueries(Projects projects) {
        this.projects = projects;
    }

    public List<ResearchProject> projects() {
        return projects.all();
    }

    public Optional<ResearchProject> project(String code) {
        return projects.byCode(code);
    }

    public List<ExtractRecord> extracts(String code) {
        return projects.extractsOf(project(code).orElseThrow(() -> new NotFoundException("Prosjektet")).id());
    }

    /** The data dictionary (markdown) a project's extract will carry. */
    public String dictionary(String code) {
        ResearchProject project = project(code).orElseThrow(() -> new NotFoundException("Prosjektet"));
        return DataDictionary.markdown(project, ExtractColumns.forProject(project.variables()));
    }
}
