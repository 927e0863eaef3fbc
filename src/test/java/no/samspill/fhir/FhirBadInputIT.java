package no.samspill.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import no.samspill.support.Http;
import no.samspill.support.IntegrationTest;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Bad input to /fhir: each case gets the right 4xx with an OperationOutcome body, never a 5xx. */
@IntegrationTest
@Import(FhirTestData.class)
class FhirBadInputIT {

    @LocalServerPort int port;
    @Autowired FhirTestData data;

    @Test
    void unauthenticatedAndWrongCredentialsGet401WithAnOperationOutcome() {
        assertOutcome(new Http(port, null).get("/fhir/Patient"), 401);
        HttpResponse<String> wrong = send("GET", "/fhir/Patient", null, null,
                "Basic " + Base64.getEncoder().encodeToString("kari.koordinator:wrong".getBytes(StandardCharsets.UTF_8)));
        assertOutcome(wrong, 401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(new Http(port, null).get("/fhir/metadata").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownIdsAndTypesAre404() {
        Http kari = new Http(port, "kari.koordinator");
        assertOutcome(kari.get("/fhir/Patient/" + UUID.randomUUID()), 404);
        assertOutcome(kari.get("/fhir/Patient/not-a-uuid"), 404);
        assertOutcome(kari.get("/fhir/ServiceRequest/" + UUID.randomUUID()), 404);
        assertOutcome(kari.get("/fhir/EpisodeOfCare/" + UUID.randomUUID()), 404);
        assertOutcome(kari.get("/fhir/Task/" + UUID.randomUUID()), 404);
        assertOutcome(kari.get("/fhir/Task/ms-" + "0".repeat(32) + "-max-date"), 404);
        assertOutcome(kari.get("/fhir/Organization/123456789"), 404);
        assertOutcome(kari.get("/fhir/Practitioner/abc"), 404);
        assertOutcome(kari.get("/fhir/Observation/1"), 404);
        assertOutcome(kari.get("/fhir/NoSuchType"), 404);
    }

    @Test
    void referencesToThingsThatDoNotExistFindNothing() {
        Http kari = new Http(port, "kari.koordinator");
        for (String query : new String[] {"patient=Patient/" + UUID.randomUUID(), "patient=not-a-uuid",
                "patient=Organization/974000008"}) {
            HttpResponse<String> response = kari.get("/fhir/ServiceRequest?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(200);
            assertThat(((Bundle) FhirTestData.parse(response)).getEntry()).as(query).isEmpty();
        }
    }

    @Test
    void unknownOrMissingOrMalformedSearchParametersAre400() {
        Http kari = new Http(port, "kari.koordinator");
        assertOutcome(kari.get("/fhir/Patient?shoe-size=44"), 400);
        assertOutcome(kari.get("/fhir/ServiceRequest?patient=Patient/" + UUID.randomUUID() + "&colour=red"), 400);
        assertOutcome(kari.get("/fhir/ServiceRequest"), 400);
        assertOutcome(kari.get("/fhir/ServiceRequest?patient=Patient/" + UUID.randomUUID() + "&authored=yesterday"), 400);
        assertOutcome(kari.get("/fhir/Patient?_count=many"), 400);
        // Lenient on request, as FHIR allows: the unknown parameter is ignored.
        HttpResponse<String> lenient = send("GET", "/fhir/Patient?shoe-size=44", null, "handling=lenient",
                basic("kari.koordinator"));
        assertThat(lenient.statusCode()).isEqualTo(200);
    }

    @Test
    void writesAndMalformedBodiesAreRefusedWithoutAServerError() {
        FhirTestData.Subject subject = data.related();
        String patient = "/fhir/Patient/" + subject.personId();
        String body = "{\"resourceType\":\"Patient\",\"id\":\"" + subject.personId() + "\"}";
        assertClientError(send("POST", "/fhir/Patient", "{\"resourceType\": ", null, basic("kari.koordinator")));
        assertClientError(send("POST", "/fhir/Patient", "{\"resourceType\":\"Banana\"}", null, basic("kari.koordinator")));
        assertClientError(send("POST", "/fhir/Patient", "{\"resourceType\":\"Task\"}", null, basic("kari.koordinator")));
        assertClientError(send("PUT", patient, body, null, basic("kari.koordinator")));
        assertClientError(sendIfMatch(patient, body, "W/\"99\"", "kari.koordinator"));
        assertClientError(send("DELETE", patient, null, null, basic("kari.koordinator")));
        // Appointment: update only (decision 0023); create and delete are not offered.
        assertClientError(send("POST", "/fhir/Appointment", "{\"resourceType\":\"Appointment\",\"status\":\"proposed\","
                + "\"participant\":[{\"status\":\"needs-action\"}]}", null, basic("kari.koordinator")));
        assertClientError(send("DELETE", "/fhir/Appointment/" + subject.meetingId(), null, null,
                basic("kari.koordinator")));
        assertClientError(send("PUT", "/fhir/CarePlan/" + subject.pathway().id(), "{\"resourceType\":\"CarePlan\",\"id\":\""
                + subject.pathway().id() + "\"}", null, basic("kari.koordinator")));
        assertThat(new Http(port, "kari.koordinator").get(patient).statusCode()).isEqualTo(200);
    }

    @Test
    void consentCreateAndWithdrawGoThroughTheUseCasesWithVersionChecks() {
        FhirTestData.Subject subject = data.related();
        String pia = basic("pia.pasient");
        // Malformed JSON, the wrong resourceType, references to things that do not exist, and a rule of GrantConsent.
        assertOutcome(send("POST", "/fhir/Consent", "{\"resourceType\": \"Consent\", ", null, pia), 400);
        assertOutcome(send("POST", "/fhir/Consent", "{\"resourceType\":\"Patient\"}", null, pia), 400);
        assertOutcome(send("POST", "/fhir/Consent", consent(UUID.randomUUID(), "NAV", "HEALTH", null), null, pia), 422);
        assertOutcome(send("POST", "/fhir/Consent", consent(subject.personId(), "NAV", "HEALTH", "123456789"), null,
                pia), 422);
        assertOutcome(send("POST", "/fhir/Consent", consent(subject.personId(), "EMPLOYER", "HEALTH", null), null,
                pia), 422);
        assertOutcome(send("POST", "/fhir/Consent", consent(subject.personId(), "NAV", "HEALTH", null), null,
                basic("lars.leder")), 403);

        HttpResponse<String> created = send("POST", "/fhir/Consent",
                consent(subject.personId(), "NAV", "HEALTH", "974000024"), null, pia);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        org.hl7.fhir.r4.model.Consent granted = (org.hl7.fhir.r4.model.Consent) FhirTestData.parse(created);
        assertThat(granted.getStatus().toCode()).isEqualTo("active");
        String id = granted.getIdElement().getIdPart();
        granted.setStatus(org.hl7.fhir.r4.model.Consent.ConsentState.INACTIVE);
        granted.setId(id);
        String withdrawn = FhirTestData.FHIR.newJsonParser().encodeResourceToString(granted);

        assertOutcome(sendIfMatch("/fhir/Consent/" + id, withdrawn, "W/\"2\"", "pia.pasient"), 412);
        HttpResponse<String> ok = sendIfMatch("/fhir/Consent/" + id, withdrawn, "W/\"1\"", "pia.pasient");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(((org.hl7.fhir.r4.model.Consent) FhirTestData.parse(ok)).getStatus().toCode()).isEqualTo("inactive");
        assertOutcome(sendIfMatch("/fhir/Consent/" + id, withdrawn, "W/\"1\"", "pia.pasient"), 412);
        assertOutcome(sendIfMatch("/fhir/Consent/" + UUID.randomUUID(), withdrawn, "W/\"1\"", "pia.pasient"), 400);
    }

    @Test
    void appointmentRescheduleAndCancelGoThroughTheMeetingUseCasesWithIfMatch() {
        FhirTestData.Subject subject = data.freshRelated();
        String path = "/fhir/Appointment/" + subject.meetingId();
        HttpResponse<String> read = new Http(port, "kari.koordinator").get(path);
        assertThat(read.headers().firstValue("ETag")).hasValue("W/\"0\"");
        var appointment = (org.hl7.fhir.r4.model.Appointment) FhirTestData.parse(read);
        var parser = FhirTestData.FHIR.newJsonParser();

        // Malformed JSON, the wrong resourceType, no If-Match, a stale If-Match, a change nobody may make over FHIR.
        assertOutcome(sendIfMatch(path, "{\"resourceType\": \"Appointment\", ", "W/\"0\"", "kari.koordinator"), 400);
        assertOutcome(sendIfMatch(path, "{\"resourceType\":\"Patient\",\"id\":\"" + subject.meetingId() + "\"}",
                "W/\"0\"", "kari.koordinator"), 400);
        appointment.setStart(new java.util.Date(appointment.getStart().getTime() + 3_600_000L));
        appointment.setEnd(new java.util.Date(appointment.getEnd().getTime() + 3_600_000L));
        String moved = parser.encodeResourceToString(appointment);
        assertOutcome(send("PUT", path, moved, null, basic("kari.koordinator")), 428);
        assertOutcome(sendIfMatch(path, moved, "W/\"7\"", "kari.koordinator"), 412);
        assertOutcome(sendIfMatch(path, moved, "W/\"0\"", "lars.leder"), 403);
        var renamed = appointment.copy();
        renamed.getParticipantFirstRep().getActor().setDisplay("Someone Else");
        assertOutcome(sendIfMatch(path, parser.encodeResourceToString(renamed), "W/\"0\"", "kari.koordinator"), 422);

        HttpResponse<String> rescheduled = sendIfMatch(path, moved, "W/\"0\"", "kari.koordinator");
        assertThat(rescheduled.statusCode()).as(rescheduled.body()).isEqualTo(200);
        var after = (org.hl7.fhir.r4.model.Appointment) FhirTestData.parse(rescheduled);
        assertThat(after.getStart()).isEqualTo(appointment.getStart());
        String version = after.getMeta().getVersionId();
        assertThat(version).isNotEqualTo("0");
        // The same change again on the version it was based on: someone else's change is not overwritten.
        assertOutcome(sendIfMatch(path, moved, "W/\"0\"", "kari.koordinator"), 412);

        after.setStatus(org.hl7.fhir.r4.model.Appointment.AppointmentStatus.CANCELLED);
        HttpResponse<String> cancelled = sendIfMatch(path, parser.encodeResourceToString(after), "W/\"" + version + "\"",
                "kari.koordinator");
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(new Http(port, "kari.koordinator").get(path).body()).contains("\"status\":\"cancelled\"");
        // A cancelled meeting is final: the module's rule, as 422.
        String cancelledVersion = ((org.hl7.fhir.r4.model.Appointment) FhirTestData.parse(cancelled)).getMeta()
                .getVersionId();
        after.setStatus(org.hl7.fhir.r4.model.Appointment.AppointmentStatus.FULFILLED);
        assertOutcome(sendIfMatch(path, parser.encodeResourceToString(after), "W/\"" + cancelledVersion + "\"",
                "kari.koordinator"), 422);

        // An Appointment that does not exist.
        UUID unknown = UUID.randomUUID();
        appointment.setId(unknown.toString());
        assertOutcome(sendIfMatch("/fhir/Appointment/" + unknown, parser.encodeResourceToString(appointment), "W/\"0\"",
                "kari.koordinator"), 404);
    }

    private static String consent(UUID person, String party, String category, String organisation) {
        var c = new org.hl7.fhir.r4.model.Consent();
        c.setStatus(org.hl7.fhir.r4.model.Consent.ConsentState.ACTIVE);
        c.setPatient(new org.hl7.fhir.r4.model.Reference("Patient/" + person));
        var actor = c.getProvision().addActor();
        actor.getRole().addCoding(new org.hl7.fhir.r4.model.Coding(FhirMapping.CODES + "party", party, null));
        if (organisation != null) {
            actor.setReference(new org.hl7.fhir.r4.model.Reference("Organization/" + organisation));
        }
        c.getProvision().addCode().addCoding(new org.hl7.fhir.r4.model.Coding(FhirMapping.CODES + "information-category",
                category, null));
        return FhirTestData.FHIR.newJsonParser().encodeResourceToString(c);
    }

    @Test
    void pagingFollowsOffsetLinksThatRerunTheSearch() {
        FhirTestData.Subject subject = data.related();
        Http kari = new Http(port, "kari.koordinator");
        Bundle first = (Bundle) FhirTestData.parse(kari.get("/fhir/Task?patient=" + subject.personId() + "&_count=2"));
        assertThat(first.getEntry()).hasSize(2);
        String next = first.getLink("next").getUrl();
        assertThat(next).contains("_offset=2").doesNotContain("_getpages");
        Bundle second = (Bundle) FhirTestData.parse(kari.get(next.substring(next.indexOf("/fhir/"))));
        assertThat(second.getEntry()).hasSize(2);
        assertThat(second.getEntryFirstRep().getResource().getIdElement().getIdPart())
                .isNotEqualTo(first.getEntryFirstRep().getResource().getIdElement().getIdPart());
    }

    private void assertClientError(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        assertThat(FhirTestData.parse(response)).isInstanceOf(OperationOutcome.class);
    }

    @Test
    void aTaskIsMarkedDoneOrVoidedThroughCompleteTaskWithIfMatchAndNothingElseChanges() {
        FhirTestData.Subject subject = data.freshRelated();
        String path = "/fhir/Task/" + subject.taskId();
        HttpResponse<String> read = new Http(port, "kari.koordinator").get(path);
        assertThat(read.headers().firstValue("ETag")).hasValue("W/\"0\"");
        var task = (org.hl7.fhir.r4.model.Task) FhirTestData.parse(read);
        assertThat(task.getStatus()).isEqualTo(org.hl7.fhir.r4.model.Task.TaskStatus.REQUESTED);
        var parser = FhirTestData.FHIR.newJsonParser();

        var done = task.copy().setStatus(org.hl7.fhir.r4.model.Task.TaskStatus.COMPLETED);
        String doneJson = parser.encodeResourceToString(done);
        assertOutcome(send("PUT", path, doneJson, null, basic("kari.koordinator")), 428);
        assertOutcome(sendIfMatch(path, doneJson, "W/\"3\"", "kari.koordinator"), 412);
        assertOutcome(sendIfMatch(path, doneJson, "W/\"0\"", "lars.leder"), 403);
        assertOutcome(sendIfMatch(path, parser.encodeResourceToString(task.copy().setDescription("Noe annet")),
                "W/\"0\"", "kari.koordinator"), 422);
        assertOutcome(sendIfMatch(path, parser.encodeResourceToString(task.copy()
                .setStatus(org.hl7.fhir.r4.model.Task.TaskStatus.ENTEREDINERROR)), "W/\"0\"", "kari.koordinator"), 422);
        assertOutcome(sendIfMatch(path, parser.encodeResourceToString(task.copy()
                .setStatus(org.hl7.fhir.r4.model.Task.TaskStatus.CANCELLED)), "W/\"0\"", "kari.koordinator"), 422);
        assertThat(new Http(port, "kari.koordinator").get(path).body()).contains("\"status\":\"requested\"");

        HttpResponse<String> completed = sendIfMatch(path, doneJson, "W/\"0\"", "kari.koordinator");
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
        var after = (org.hl7.fhir.r4.model.Task) FhirTestData.parse(completed);
        assertThat(after.getStatus()).isEqualTo(org.hl7.fhir.r4.model.Task.TaskStatus.COMPLETED);
        assertThat(after.getExecutionPeriod().getEndElement().getValueAsString()).isEqualTo(FhirTestData.TODAY.toString());
        assertThat(after.getMeta().getVersionId()).isEqualTo("1");
        // The same change on the version it was based on: someone else's change is not overwritten.
        assertOutcome(sendIfMatch(path, doneJson, "W/\"0\"", "kari.koordinator"), 412);
        // A completed task is final.
        var voided = after.copy().setStatus(org.hl7.fhir.r4.model.Task.TaskStatus.ENTEREDINERROR);
        voided.getStatusReason().setText("Feil pasient");
        assertOutcome(sendIfMatch(path, parser.encodeResourceToString(voided), "W/\"1\"", "kari.koordinator"), 422);

        FhirTestData.Subject other = data.freshRelated();
        String otherPath = "/fhir/Task/" + other.taskId();
        var open = (org.hl7.fhir.r4.model.Task) FhirTestData.parse(new Http(port, "kari.koordinator").get(otherPath));
        open.setStatus(org.hl7.fhir.r4.model.Task.TaskStatus.ENTEREDINERROR).getStatusReason().setText("Feil pasient");
        HttpResponse<String> voidedOk = sendIfMatch(otherPath, parser.encodeResourceToString(open), "W/\"0\"",
                "kari.koordinator");
        assertThat(voidedOk.statusCode()).as(voidedOk.body()).isEqualTo(200);
        assertThat(((org.hl7.fhir.r4.model.Task) FhirTestData.parse(voidedOk)).getStatusReason().getText())
                .isEqualTo("Feil pasient");

        // Milestones are computed: 422; an unknown task: 404.
        String milestone = "ms-" + subject.personId().toString().replace("-", "") + "-follow-up-plan";
        assertOutcome(sendIfMatch("/fhir/Task/" + milestone, parser.encodeResourceToString(done.copy().setId(milestone)),
                "W/\"0\"", "kari.koordinator"), 422);
        String unknown = java.util.UUID.randomUUID().toString();
        assertOutcome(sendIfMatch("/fhir/Task/" + unknown, parser.encodeResourceToString(done.copy().setId(unknown)),
                "W/\"0\"", "kari.koordinator"), 404);
    }

    private static void assertOutcome(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(FhirTestData.parse(response)).isInstanceOf(OperationOutcome.class);
    }

    private HttpResponse<String> sendIfMatch(String path, String json, String etag, String user) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .method("PUT", HttpRequest.BodyPublishers.ofString(json))
                    .header("Content-Type", "application/fhir+json").header("If-Match", etag)
                    .header("Authorization", basic(user)).build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(String method, String path, String json, String prefer, String authorization) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json))
                    .header("Accept", "application/fhir+json");
            if (json != null) {
                builder.header("Content-Type", "application/fhir+json");
            }
            if (prefer != null) {
                builder.header("Prefer", prefer);
            }
            if (authorization != null) {
                builder.header("Authorization", authorization);
            }
            return HttpClient.newHttpClient().send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
