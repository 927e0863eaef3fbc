package no.samspill.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.samspill.audit.AuditQueries;
import no.samspill.support.IntegrationTest;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * $export end to end: the analyst's kick-off, polling until the manifest, every NDJSON line parsed by HAPI and free of
 * names, national IDs, health text and real ids; the audit entry naming the persons; cancel/delete; and the refusals.
 */
@IntegrationTest
@Import(FhirTestData.class)
class FhirBulkExportIT {

    static final String TYPES = "Patient,EpisodeOfCare,Appointment,CarePlan";
    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort int port;
    @Autowired FhirTestData data;
    @Autowired AuditQueries audit;
    @Autowired ExportJobs jobs;
    @Autowired BulkExports exports;

    @Test
    void theAnalystGetsADeidentifiedExportOfAClinicAndItIsAudited() throws Exception {
        FhirTestData.Subject subject = data.freshRelated();
        HttpResponse<String> kickOff = send("GET", url("/fhir/Group/" + subject.clinic() + "/$export?_type=" + TYPES),
                "anna.analytiker", true);
        assertThat(kickOff.statusCode()).as(kickOff.body()).isEqualTo(202);
        String status = kickOff.headers().firstValue("Content-Location").orElseThrow();
        assertThat(status).contains("$export-poll-status?_jobId=");

        HttpResponse<String> poll = pollUntilDone(status, "anna.analytiker");
        assertThat(poll.statusCode()).as(poll.body()).isEqualTo(200);
        JsonNode manifest = JsonMapper.builder().build().readTree(poll.body());
        assertThat(manifest.path("requiresAccessToken").asBoolean()).isTrue();
        assertThat(manifest.path("request").asString()).contains("/fhir/Group/" + subject.clinic() + "/$export");
        assertThat(manifest.path("transactionTime").asString()).isNotBlank();
        assertThat(manifest.path("error")).isEmpty();

        Set<String> types = new HashSet<>();
        List<IBaseResource> resources = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        var validator = FhirConformanceIT.validator();
        for (JsonNode file : manifest.path("output")) {
            types.add(file.path("type").asString());
            HttpResponse<String> ndjson = send("GET", file.path("url").asString(), "anna.analytiker", false);
            assertThat(ndjson.statusCode()).isEqualTo(200);
            assertThat(ndjson.headers().firstValue("Content-Type").orElse("")).startsWith("application/fhir+ndjson");
            String[] lines = ndjson.body().split("\n");
            assertThat(lines).hasSize(file.path("count").asInt());
            for (String line : lines) {
                IBaseResource r = FhirTestData.FHIR.newJsonParser().parseResource(line);
                assertThat(r.fhirType()).isEqualTo(file.path("type").asString());
                resources.add(r);
                // Conformance: what $export emits validates against the R4 base too.
                for (var m : validator.validateWithResult(r).getMessages()) {
                    if (m.getSeverity().ordinal() >= ca.uhn.fhir.validation.ResultSeverityEnum.ERROR.ordinal()) {
                        errors.add(r.fhirType() + " " + m.getLocationString() + ": " + m.getMessage());
                    }
                }
            }
            // Nothing that identifies the subject: name, national ID, health text, real ids, usernames, free text.
            assertThat(ndjson.body()).doesNotContain(subject.name(), subject.healthMarker(),
                    subject.nationalId(), subject.personId().toString(),
                    subject.pathway().id().toString(), subject.meetingId().toString(), "kari.koordinator",
                    "Møterom", "Fri for nattevakter", "Tilbake i full jobb");
        }
        assertThat(types).containsExactlyInAnyOrder(TYPES.split(","));
        assertThat(errors).isEmpty();

        // Pseudonyms hold together: the subject's CarePlan points at a Patient and an EpisodeOfCare in the export.
        Set<String> patients = new HashSet<>();
        Set<String> episodes = new HashSet<>();
        resources.forEach(r -> {
            if (r instanceof Patient p) {
                patients.add("Patient/" + p.getIdElement().getIdPart());
                assertThat(p.hasName() || p.hasIdentifier() || p.hasTelecom()).isFalse();
                assertThat(p.getBirthDateElement().getPrecision()).isEqualTo(
                        ca.uhn.fhir.model.api.TemporalPrecisionEnum.YEAR);
            }
            if (r instanceof EpisodeOfCare e) {
                episodes.add("EpisodeOfCare/" + e.getIdElement().getIdPart());
            }
        });
        assertThat(resources).filteredOn(r -> r instanceof CarePlan).isNotEmpty().allSatisfy(r -> {
            CarePlan c = (CarePlan) r;
            assertThat(patients).contains(c.getSubject().getReference());
            assertThat(episodes).contains(c.getSupportingInfoFirstRep().getReference());
            assertThat(c.hasDescription() || c.hasAuthor()).isFalse();
        });
        assertThat(resources).filteredOn(r -> r instanceof Appointment).isNotEmpty().allSatisfy(r ->
                ((Appointment) r).getParticipant().forEach(p -> assertThat(p.getActor().getDisplay()).isNull()));
        // A second export gives the same pseudonym to the same person (stable), checked through the audit below.

        var entries = audit.search("anna.analytiker", subject.personId(), null, null, true, 20);
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.entry().resourceType()).isEqualTo("BulkExport");
            assertThat(e.entry().purpose()).isEqualTo("STATISTICS");
            assertThat(e.entry().listedPersons()).contains(subject.personId());
            assertThat(status).endsWith(e.entry().resourceId());
        });

        // Only the user who started the job sees it.
        assertOutcome(send("GET", status, "kari.koordinator", false), 404);
        assertOutcome(send("GET", manifest.path("output").get(0).path("url").asString(), "per.koordinator", false), 404);
        // DELETE: the client is done; the job and its files are gone.
        assertThat(send("DELETE", status, "anna.analytiker", false).statusCode()).isEqualTo(202);
        assertOutcome(send("GET", status, "anna.analytiker", false), 404);
        assertOutcome(send("GET", manifest.path("output").get(0).path("url").asString(), "anna.analytiker", false), 404);
    }

    @Test
    void aSystemLevelExportAlsoCompletes() throws Exception {
        data.freshRelated();
        HttpResponse<String> kickOff = send("GET", url("/fhir/$export?_type=Patient"), "anna.analytiker", true);
        assertThat(kickOff.statusCode()).as(kickOff.body()).isEqualTo(202);
        HttpResponse<String> done = pollUntilDone(kickOff.headers().firstValue("Content-Location").orElseThrow(),
                "anna.analytiker");
        assertThat(done.statusCode()).isEqualTo(200);
        JsonNode output = JsonMapper.builder().build().readTree(done.body()).path("output");
        assertThat(output).hasSize(1);
        assertThat(output.get(0).path("count").asInt()).isPositive();
    }

    @Test
    void aJobThatARestartInterruptedAnswersWithAnErrorInTheManifest() throws Exception {
        java.util.UUID id = java.util.UUID.randomUUID();
        jobs.insert(new ExportJob(id, "anna.analytiker", url("/fhir/$export"), null, List.of("Patient"), null,
                ExportJob.Status.ACCEPTED, java.time.Instant.now(), 0, 0, null, java.util.Map.of()));
        jobs.start(id, 10);
        exports.failInterruptedJobs(); // what start-up does
        HttpResponse<String> poll = send("GET", url("/fhir/$export-poll-status?_jobId=" + id), "anna.analytiker", false);
        assertThat(poll.statusCode()).isEqualTo(200);
        JsonNode manifest = JsonMapper.builder().build().readTree(poll.body());
        assertThat(manifest.path("output")).isEmpty();
        assertThat(manifest.path("error")).hasSize(1);
        HttpResponse<String> error = send("GET", manifest.path("error").get(0).path("url").asString(), "anna.analytiker",
                false);
        assertThat(error.statusCode()).isEqualTo(200);
        OperationOutcome outcome = (OperationOutcome) FhirTestData.FHIR.newJsonParser().parseResource(error.body().trim());
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).isEqualTo(BulkExports.INTERRUPTED);
    }

    @Test
    void everyoneButTheAnalystIsRefusedWithAnOperationOutcomeAndTheRefusalIsLogged() {
        for (String user : List.of("kari.koordinator", "lars.leder", "sverre.sikkerhet", "pia.pasient")) {
            assertOutcome(send("GET", url("/fhir/$export"), user, true), 403);
        }
        assertThat(audit.search("lars.leder", null, null, null, false, 20))
                .anySatisfy(e -> assertThat(e.entry().resourceType()).isEqualTo("BulkExport"));
        assertOutcome(send("GET", url("/fhir/$export"), null, true), 401);
    }

    @Test
    void badKickOffsAndUnknownJobsAreClientErrors() {
        assertOutcome(send("GET", url("/fhir/$export?_type=Banana"), "anna.analytiker", true), 400);
        assertOutcome(send("GET", url("/fhir/$export?_type=Patient,Observation"), "anna.analytiker", true), 400);
        assertOutcome(send("GET", url("/fhir/$export"), "anna.analytiker", false), 400);
        assertOutcome(send("GET", url("/fhir/$export?_outputFormat=text/csv"), "anna.analytiker", true), 400);
        assertOutcome(send("GET", url("/fhir/$export?_since=yesterday"), "anna.analytiker", true), 400);
        assertOutcome(send("GET", url("/fhir/Group/123/$export"), "anna.analytiker", true), 404);
        assertOutcome(send("GET", url("/fhir/$export-poll-status?_jobId=" + java.util.UUID.randomUUID()),
                "anna.analytiker", false), 404);
        assertOutcome(send("GET", url("/fhir/$export-poll-status?_jobId=x"), "anna.analytiker", false), 404);
        assertOutcome(send("DELETE", url("/fhir/$export-poll-status?_jobId=" + java.util.UUID.randomUUID()),
                "anna.analytiker", false), 404);
    }

    private HttpResponse<String> pollUntilDone(String status, String user) throws InterruptedException {
        HttpResponse<String> poll = send("GET", status, user, false);
        for (int attempt = 0; attempt < 600 && poll.statusCode() == 202; attempt++) {
            assertThat(poll.headers().firstValue("X-Progress")).isPresent();
            Thread.sleep(100);
            poll = send("GET", status, user, false);
        }
        return poll;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpResponse<String> send(String method, String url, String user, boolean async) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).method(method,
                HttpRequest.BodyPublishers.noBody()).header("Accept", "application/fhir+json");
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
                    .getBytes(StandardCharsets.UTF_8)));
        }
        if (async) {
            builder.header("Prefer", "respond-async");
        }
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertOutcome(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(FhirTestData.parse(response)).isInstanceOf(OperationOutcome.class);
    }
}
