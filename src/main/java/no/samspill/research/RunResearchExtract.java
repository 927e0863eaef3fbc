package no.samspill.research;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.samspill.access.ResearchAccess;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analyst runs a project's extract. In one transaction, reading the view research_source through a cursor twice:
 * <ol>
 *   <li>the first pass decides who may be included ({@link ResearchAccess}: legal basis, consents, objections; rows
 *       registered in error are left out) and counts the quasi-identifier combinations;</li>
 *   <li>{@link SmallCells} plans the suppression;</li>
 *   <li>the second pass writes the included rows — pseudonymised, generalised or left out as planned — into
 *       dataset.csv of a zip file on the server, with dictionary.md, dictionary.csv and suppression-report.md;</li>
 *   <li>the extract is recorded and one access-log entry names the project, the row count and every person included.</li>
 * </ol>
 * The caller streams the zip to the analyst and deletes it.
 */
@Service
public class RunResearchExtract {

    private final Projects projects;
    private final SourceRows source;
    private final ResearchAccess access;
    private final Clock clock;

    RunResearchExtract(Projects projects, SourceRows source, ResearchAccess access, Clock clock) {
        this.projects = projects;
        this.source = source;
        this.access = access;
        this.clock = clock;
    }

    /** The zip on disk (owner-only permissions) and the extract's record. */
    public record ExtractFile(Path zip, String filename, ExtractRecord record) {
    }

    @Transactional
    public ExtractFile run(String projectCode, String actor) {
        ResearchProject project = projects.byCode(projectCode).orElseThrow(() -> new NotFoundException("Prosjektet"));
        ResearchAccess.Extract extract = access.begin(project.code(), project.legalBasis());
        ExtractColumns.Settings settings = new ExtractColumns.Settings(projects.secretOf(project.id()),
                project.dateGranularity());
        List<ExtractColumns.Column> columns = ExtractColumns.forProject(project.variables());

        // Pass 1: who is included, and how many rows each combination of quasi-identifiers has.
        PathwayIds included = new PathwayIds();
        Map<SmallCells.Key, Long> counts = new HashMap<>();
        int[] seen = new int[3]; // candidates, registered in error, not allowed
        source.forEachBatch(batch -> {
            seen[0] += batch.size();
            List<SourceRow> valid = batch.stream().filter(r -> !r.registeredInError()).toList();
            seen[1] += batch.size() - valid.size();
            Set<UUID> allowed = extract.allowed(valid.stream().map(SourceRow::personId).distinct().toList());
            for (SourceRow row : valid) {
                if (allowed.contains(row.personId())) {
                    included.add(row.pathwayId());
                    counts.merge(key(row), 1L, Long::sum);
                } else {
                    seen[2]++;
                }
            }
        });
        SmallCells.Plan plan = SmallCells.plan(counts, SmallCells.THRESHOLD);

        // Pass 2: write the dataset.
        UUID extractId = UUID.randomUUID();
        Path zip = createPrivateTempFile();
        int[] written = new int[3]; // rows written, generalised, suppressed
        Set<UUID> persons = new HashSet<>();
        MessageDigest sha = sha256();
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("dataset.csv"));
            write(out, sha, Csv.line(columns.stream().map(ExtractColumns.Column::name).toList()));
            source.forEachBatch(batch -> {
                for (SourceRow row : batch) {
                    if (!included.contains(row.pathwayId())) {
                        continue;
                    }
                    SmallCells.Action action = plan.actionFor(key(row));
                    if (action == SmallCells.Action.SUPPRESS) {
                        written[2]++;
                        continue;
                    }
                    List<String> values = new ArrayList<>(columns.size());
                    for (ExtractColumns.Column c : columns) {
                        String value = c.value().apply(row, settings);
                        values.add(action == SmallCells.Action.GENERALISE ? generalise(c, value) : value);
                    }
                    write(out, sha, Csv.line(values));
                    written[0]++;
                    if (action == SmallCells.Action.GENERALISE) {
                        written[1]++;
                    }
                    persons.add(row.personId());
                    extract.include(row.personId());
                }
            });
            out.closeEntry();
            String digest = HexFormat.of().formatHex(sha.digest());
            entry(out, "dictionary.md", DataDictionary.markdown(project, columns));
            entry(out, "dictionary.csv", DataDictionary.csv(columns));
            entry(out, "suppression-report.md", SuppressionReport.markdown(project, seen[0], seen[1], seen[2],
                    included.size(), plan, written[0], digest));
            ExtractRecord record = new ExtractRecord(extractId, project.id(), actor, clock.instant(), seen[0],
                    written[0], written[1], written[2], persons.size(), digest);
            out.finish();
            projects.insertExtract(record);
            extract.finish(extractId.toString(), written[0]);
            String filename = project.code().toLowerCase() + "-" + record.runAt().toString().substring(0, 10) + "-"
                    + extractId.toString().substring(0, 8) + ".zip";
            return new ExtractFile(zip, filename, record);
        } catch (IOException e) {
            deleteQuietly(zip);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(zip);
            throw e;
        }
    }

    static SmallCells.Key key(SourceRow row) {
        NationalIdNumber id = NationalIdNumber.parse(row.nationalId());
        return new SmallCells.Key(AgeBand.of(id.ageOn(row.openedOn())), id.sex().name().substring(0, 1), row.clinic(),
                DateGranularity.MONTH.format(row.openedOn()));
    }

    /** A generalised row: quasi-identifiers that are not dates become "*", dates keep the year. */
    static String generalise(ExtractColumns.Column column, String value) {
        return switch (column.kind()) {
            case QUASI_IDENTIFIER -> column.name().equals("clinic") ? value : SmallCells.SUPPRESSED;
            case DATE, QUASI_IDENTIFIER_DATE -> value.isEmpty() ? value : value.substring(0, 4);
            case PLAIN -> value;
        };
    }

    private static void write(OutputStream out, MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(bytes);
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    private static Path createPrivateTempFile() {
        try {
            return Files.createTempFile("samspill-extract-", ".zip",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // The file is in the temp directory with owner-only permissions; the OS cleans it up.
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
