package no.samspill.research;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samspill.access.ResearchBasis;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of research projects and the record of their extracts (tables research_project, research_extract). */
@Repository
class Projects {

    private final JdbcClient jdbc;

    Projects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the project with its secret; false if the code is taken. */
    boolean insert(ResearchProject p, byte[] secret) {
        return jdbc.sql("""
                INSERT INTO research_project (id, code, title, rek_reference, legal_basis, legal_basis_text,
                  date_granularity, variables, secret, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO NOTHING""")
                .params(p.id(), p.code(), p.title(), p.rekReference(), p.legalBasis().name(), p.legalBasisText(),
                        p.dateGranularity().name(), p.variables().stream().map(Enum::name).sorted()
                                .collect(Collectors.joining(",")), secret, p.createdBy(), Timestamp.from(p.createdAt()))
                .update() == 1;
    }

    Optional<ResearchProject> byCode(String code) {
        return jdbc.sql("SELECT * FROM research_project WHERE code = ?").param(code).query(Projects::project).optional();
    }

    List<ResearchProject> all() {
        return jdbc.sql("SELECT * FROM research_project ORDER BY created_at DESC, code").query(Projects::project).list();
    }

    /** The project's pseudonymisation secret: read only by the extract, never returned by a query or an API. */
    byte[] secretOf(UUID projectId) {
        return jdbc.sql("SELECT secret FROM research_project WHERE id = ?").param(projectId)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    void insertExtract(ExtractRecord e) {
        jdbc.sql("""
                INSERT INTO research_extract (id, project_id, run_by, run_at, candidate_rows, rows_written,
                  rows_generalised, rows_suppressed, persons_included, dataset_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.id(), e.projectId(), e.runBy(), Timestamp.from(e.runAt()), e.candidateRows(), e.rowsWritten(),
                        e.rowsGeneralised(), e.rowsSuppressed(), e.personsIncluded(), e.datasetSha256())
                .update();
    }

    List<ExtractRecord> extractsOf(UUID projectId) {
        return jdbc.sql("SELECT * FROM research_extract WHERE project_id = ? ORDER BY run_at DESC LIMIT 100")
                .param(projectId)
                .query((rs, n) -> new ExtractRecord(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
                        rs.getString("run_by"), rs.getTimestamp("run_at").toInstant(), rs.getInt("candidate_rows"),
                        rs.getInt("rows_written"), rs.getInt("rows_generalised"), rs.getInt("rows_suppressed"),
                        rs.getInt("persons_included"), rs.getString("dataset_sha256")))
                .list();
    }

    private static ResearchProject project(ResultSet rs, int n) throws SQLException {
        Set<VariableGroup> variables = EnumSet.noneOf(VariableGroup.class);
        Arrays.stream(rs.getString("variables").split(",")).filter(v -> !v.isBlank())
                .forEach(v -> variables.add(VariableGroup.valueOf(v)));
        return new ResearchProject(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("title"),
                rs.getString("rek_reference"), ResearchBasis.valueOf(rs.getString("legal_basis")),
                rs.getString("legal_basis_text"), DateGranularity.valueOf(rs.getString("date_granularity")), variables,
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getInt("version"));
    }

}
