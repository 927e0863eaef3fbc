package no.samspill.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.samspill.access.DeidentifiedExport;
import no.samspill.access.PersonDataAccess;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.person.PersonId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * FHIR Bulk Data {@code $export} jobs: kick-off (the access decision for a de-identified export, then a job row),
 * a bounded background executor that walks the pathways a page at a time (keyset paging, never a whole table) and
 * appends each exportable type's resources to its NDJSON file, progress in the job row, one audit entry per job naming
 * the persons covered, cancel/delete, and on start-up the jobs a restart interrupted marked as failed.
 */
@Service
class BulkExports implements DisposableBean {

    static final int PAGE_SIZE = 200;
    static final String INTERRUPTED = "Eksporten ble avbrutt fordi tjenesten startet på nytt; start en ny eksport";
    private static final Logger LOG = LoggerFactory.getLogger(BulkExports.class);

    private final ExportJobs jobs;
    private final Map<String, ExportableType> types = new LinkedHashMap<>();
    private final PathwayQueries pathways;
    private final PersonDataAccess access;
    private final Clock clock;
    private final Path directory;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(8), r -> {
                Thread t = new Thread(r, "fhir-export");
                t.setDaemon(true);
                return t;
            });
    /** Made on the export thread at the first export, not at start-up (the FHIR context starts in the background). */
    private IParser json;
    private volatile Pseudonyms pseudonyms;

    BulkExports(ExportJobs jobs, List<ExportableType> exportable, PathwayQueries pathways, PersonDataAccess access,
                Clock clock, FhirProperties properties) {
        this.jobs = jobs;
        exportable.stream().sorted(Comparator.comparing(ExportableType::resourceType))
                .forEach(t -> types.put(t.resourceType(), t));
        this.pathways = pathways;
        this.access = access;
        this.clock = clock;
        this.directory = properties.exportPath();
    }

    List<String> exportableTypes() {
        return List.copyOf(types.keySet());
    }

    /**
     * Checks the parameters (400 for an unknown {@code _type}), asks the choke point (403 unless the viewer may have a
     * de-identified export; logged either way), stores the job and queues it.
     */
    ExportJob kickOff(String typeParameter, Instant since, String groupId, String requestUrl) {
        List<String> selected = selectedTypes(typeParameter);
        UUID id = UUID.randomUUID();
        DeidentifiedExport grant = access.requireDeidentifiedExport(id.toString());
        ExportJob job = new ExportJob(id, grant.viewer().username(), requestUrl, groupId, selected, since,
                ExportJob.Status.ACCEPTED, clock.instant(), 0, 0, null, Map.of());
        jobs.insert(job);
        try {
            executor.execute(() -> run(job, grant));
        } catch (RejectedExecutionException full) {
            jobs.fail(id, "For mange eksporter i kø", clock.instant());
            throw new UnclassifiedServerFailureException(429, "Too many export jobs are queued; try again later");
        }
        return job;
    }

    /** The job, only for the user who started it (anyone else: as if it did not exist). */
    Optional<ExportJob> job(UUID id, String username) {
        return jobs.byId(id).filter(j -> j.username().equals(username));
    }

    /** Cancels a job in progress or deletes a finished one with its files; false when there is none for the user. */
    boolean cancel(UUID id, String username) {
        if (job(id, username).isEmpty() || !jobs.cancel(id, clock.instant())) {
            return false;
        }
        deleteFiles(id);
        return true;
    }

    /** A finished job's NDJSON file for one type. */
    Optional<Path> file(ExportJob job, String type) {
        if (job.status() != ExportJob.Status.COMPLETED || !job.files().containsKey(type)) {
            return Optional.empty();
        }
        Path file = fileOf(job.id(), type);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedJobs() {
        int interrupted = jobs.failInterrupted(INTERRUPTED, clock.instant());
        if (interrupted > 0) {
            LOG.warn("{} bulk export job(s) were interrupted by the restart and are marked as failed", interrupted);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    private List<String> selectedTypes(String typeParameter) {
        if (typeParameter == null || typeParameter.isBlank()) {
            return exportableTypes();
        }
        List<String> selected = new ArrayList<>();
        for (String t : typeParameter.split(",")) {
            String type = t.trim();
            if (!types.containsKey(type)) {
                throw new InvalidRequestException("_type: " + type + " cannot be exported; exportable types are "
                        + String.join(", ", types.keySet()));
            }
            if (!selected.contains(type)) {
                selected.add(type);
            }
        }
        return selected;
    }

    void run(ExportJob job, DeidentifiedExport grant) {
        List<UUID> persons = new ArrayList<>();
        boolean completed = false;
        try {
            if (!jobs.start(job.id(), pathways.countForExport(grant, job.groupId()))) {
                return; // cancelled while queued
            }
            Map<String, Long> counts = write(job, grant, persons);
            completed = counts != null && jobs.complete(job.id(), counts, clock.instant());
        } catch (RuntimeException | IOException e) {
            LOG.error("Bulk export {} failed", job.id(), e);
            jobs.fail(job.id(), "Eksporten feilet (" + e.getClass().getSimpleName() + ")", clock.instant());
        } finally {
            if (!completed) {
                deleteFiles(job.id());
            }
            if (!persons.isEmpty()) {
                access.logDeidentifiedExport(grant, persons, "Avidentifisert eksport (" + String.join(", ", job.types())
                        + ") av " + persons.size() + " personer" + (completed ? "" : ", ikke fullført"));
            }
        }
    }

    /** Writes every page; the counts per type, or null when the job was cancelled on the way. */
    private Map<String, Long> write(ExportJob job, DeidentifiedExport grant, List<UUID> persons) throws IOException {
        Files.createDirectories(directory.resolve(job.id().toString()));
        Map<String, Writer> writers = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        try {
            for (String type : job.types()) {
                writers.put(type, Files.newBufferedWriter(fileOf(job.id(), type), StandardCharsets.UTF_8));
                counts.put(type, 0L);
            }
            LocalDate today = LocalDate.now(clock);
            UUID afterPerson = null;
            UUID afterId = null;
            long done = 0;
            while (true) {
                List<Pathway> page = pathways.exportPage(grant, job.groupId(), afterPerson, afterId, PAGE_SIZE);
                if (page.isEmpty()) {
                    return counts;
                }
                List<PersonId> fresh = new ArrayList<>();
                for (Pathway p : page) {
                    UUID person = p.personId().value();
                    if (persons.isEmpty() || !persons.get(persons.size() - 1).equals(person)) {
                        persons.add(person);
                        fresh.add(p.personId());
                    }
                }
                ExportBatch batch = new ExportBatch(grant, page, fresh, job.since(), today, pseudonyms());
                for (String type : job.types()) {
                    Writer out = writers.get(type);
                    types.get(type).write(batch, resource -> {
                        try {
                            out.write(json().encodeResourceToString(resource));
                            out.write('\n');
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        counts.merge(type, 1L, Long::sum);
                    });
                }
                done += page.size();
                Pathway last = page.get(page.size() - 1);
                afterPerson = last.personId().value();
                afterId = last.id();
                if (!jobs.progress(job.id(), done) || Thread.currentThread().isInterrupted()) {
                    return null;
                }
            }
        } finally {
            for (Writer w : writers.values()) {
                w.close();
            }
        }
    }

    private Pseudonyms pseudonyms() {
        if (pseudonyms == null) {
            pseudonyms = new Pseudonyms(jobs.pseudonymKey());
        }
        return pseudonyms;
    }

    private Path fileOf(UUID jobId, String type) {
        return directory.resolve(jobId.toString()).resolve(type + ".ndjson");
    }

    private void deleteFiles(UUID jobId) {
        Path folder = directory.resolve(jobId.toString());
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            LOG.warn("Could not delete the files of export {}", jobId, e);
        }
    }

    /** Only the single export thread calls this. */
    private IParser json() {
        if (json == null) {
            json = FhirContext.forR4Cached().newJsonParser().setPrettyPrint(false);
        }
        return json;
    }
}
