package no.samspill.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import no.samspill.identifiers.OrganisationNumber;
import no.samspill.security.DemoAccounts;
import no.samspill.support.Http;
import no.samspill.support.IntegrationTest;
import no.samspill.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The workplace programme over the JSON API on PostgreSQL: enrol, deliver, the contact sees it; bad input; conflicts. */
@IntegrationTest
class ProgrammeEnrolmentIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Random RANDOM = new Random();

    @LocalServerPort
    int port;

    @Autowired
    SubmitSurveyResponse submitSurvey;

    @Autowired
    ProgrammeQueries queries;

    Http owner() {
        return new Http(port, "nina.nav");
    }

    static String enrolment(String orgNumber, String name, int headcount, String cohortId, String firstSession) {
        return """
                {"organisationNumber": "%s", "name": "%s", "sector": "PUBLIC", "headcount": %d, %s
                 "template": "STANDARD", "firstSession": "%s",
                 "contacts": [{"name": "Wenche Kontakt", "title": "Avdelingsleder", "email": "wenche@example.no", "phone": null}],
                 "contributors": [{"name": "Fysio Terapeut", "profession": "Fysioterapeut", "organisation": "Nordklinikken"}]}
                """.formatted(orgNumber, name, headcount, cohortId == null ? "" : "\"cohortId\": \"" + cohortId + "\",",
                firstSession);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static String freshOrgNumber() {
        String n;
        do {
            n = OrganisationNumber.generate(RANDOM).value();
        } while (n.equals(DemoAccounts.FJORDBYEN_SYKEHJEM));
        return n;
    }

    @Test
    void ownerEnrolsAWorkplaceDeliversASessionAndTheContactSeesTheProgress() {
        HttpResponse<String> enrolled = owner().send("POST", "/api/v1/programme/workplaces",
                enrolment(DemoAccounts.FJORDBYEN_SYKEHJEM, "Fjordbyen Sykehjem", 60, null, TestClock.TODAY.minusDays(1).toString()));
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        JsonNode run = json(enrolled);
        assertThat(run.path("steps")).hasSize(7);
        JsonNode first = run.path("steps").get(0);
        String runId = run.path("id").asString();

        HttpResponse<String> delivered = owner().send("PUT",
                "/api/v1/programme/runs/" + runId + "/steps/" + first.path("id").asString(),
                "{\"version\": 0, \"plannedOn\": \"" + first.path("plannedOn").asString() + "\", \"deliveredOn\": \""
                        + TestClock.TODAY + "\", \"attendance\": 48, \"notes\": \"God stemning\"}");
        assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);
        assertThat(json(delivered).path("version").asInt()).isEqualTo(1);

        HttpResponse<String> mine = new Http(port, "wenche.kontakt").get("/api/v1/programme/mine");
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        JsonNode progress = json(mine).path("workplace").path("progress");
        assertThat(progress.path("delivered").asInt()).isEqualTo(1);
        assertThat(progress.path("total").asInt()).isEqualTo(7);
        assertThat(progress.path("phase").asString()).isEqualTo("KNOWLEDGE");
        assertThat(progress.path("nextStep").asString()).contains("vanlige psykiske plager");
        assertThat(progress.path("attendancePercent").asInt()).isEqualTo(80);

        assertThat(new Http(port, "wenche.kontakt").get("/api/v1/programme/workplaces").statusCode()).isEqualTo(403);
        assertThat(new Http(port, "kari.koordinator").get("/api/v1/programme/mine").statusCode()).isEqualTo(403);
        assertThat(new Http(port, null).get("/api/v1/programme/mine").statusCode()).isEqualTo(401);
    }

    @Test
    void aContactCannotSeeAnotherWorkplacesRun() {
        JsonNode run = json(owner().send("POST", "/api/v1/programme/workplaces",
                enrolment(freshOrgNumber(), "Annen arbeidsplass", 20, null, TestClock.TODAY.toString())));
        HttpResponse<String> other = new Http(port, "wenche.kontakt").get("/api/v1/programme/runs/" + run.path("id").asString());
        assertThat(other.statusCode()).isEqualTo(404);
    }

    @Test
    void badInputGivesFieldErrors() {
        HttpResponse<String> bad = owner().send("POST", "/api/v1/programme/workplaces",
                enrolment("974760674", "", 0, null, "2026-13-40"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        Map<String, String> errors = errors(bad);
        assertThat(errors).containsEntry("organisationNumber", "Organisasjonsnummeret har feil kontrollsiffer")
                .containsKeys("name", "headcount", "firstSession");

        JsonNode run = json(owner().send("POST", "/api/v1/programme/workplaces",
                enrolment(freshOrgNumber(), "Lite lager AS", 12, null, TestClock.TODAY.minusDays(7).toString())));
        String runId = run.path("id").asString();
        JsonNode first = run.path("steps").get(0);
        JsonNode second = run.path("steps").get(1);
        HttpResponse<String> tooMany = owner().send("PUT", "/api/v1/programme/runs/" + runId + "/steps/" + first.path("id").asString(),
                "{\"version\": 0, \"plannedOn\": \"" + first.path("plannedOn").asString() + "\", \"deliveredOn\": \""
                        + TestClock.TODAY + "\", \"attendance\": 13}");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(errors(tooMany)).containsEntry("attendance", "Oppmøtet kan ikke være større enn antall ansatte (12)");

        HttpResponse<String> outOfOrder = owner().send("PUT", "/api/v1/programme/runs/" + runId + "/steps/" + second.path("id").asString(),
                "{\"version\": 0, \"plannedOn\": \"" + TestClock.TODAY.minusDays(10) + "\"}");
        assertThat(outOfOrder.statusCode()).isEqualTo(400);
        assertThat(errors(outOfOrder).get("plannedOn")).startsWith("Datoen kan ikke være før forrige trinn");

        HttpResponse<String> future = owner().send("PUT", "/api/v1/programme/runs/" + runId + "/steps/" + second.path("id").asString(),
                "{\"version\": 0, \"plannedOn\": \"" + second.path("plannedOn").asString() + "\", \"deliveredOn\": \""
                        + TestClock.TODAY.plusDays(3) + "\"}");
        assertThat(errors(future)).containsEntry("deliveredOn", "Et trinn kan ikke være gjennomført fram i tid");

        HttpResponse<String> measure = owner().send("POST", "/api/v1/programme/runs/" + runId + "/measures",
                "{\"what\": \"Ny rutine for pauser\", \"ownerRole\": \"Ola Nordmann\", \"dueOn\": \"" + TestClock.TODAY.minusYears(1) + "\"}");
        assertThat(errors(measure)).containsKeys("ownerRole", "dueOn");
    }

    @Test
    void aStaleVersionIsRefusedWithConflict() {
        JsonNode run = json(owner().send("POST", "/api/v1/programme/workplaces",
                enrolment(freshOrgNumber(), "Samtidig AS", 30, null, TestClock.TODAY.toString())));
        String path = "/api/v1/programme/runs/" + run.path("id").asString() + "/steps/" + run.path("steps").get(0).path("id").asString();
        String body = "{\"version\": 0, \"plannedOn\": \"" + TestClock.TODAY + "\", \"deliveredOn\": \"" + TestClock.TODAY
                + "\", \"attendance\": 20}";
        assertThat(owner().send("PUT", path, body).statusCode()).isEqualTo(200);
        HttpResponse<String> second = owner().send("PUT", path, body.replace("20}", "21}"));
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(json(second).path("detail").asString()).contains("endret av en annen");
    }

    @Test
    void surveyResultsAreShownOnlyFromFiveAnswersAndTheComplementaryCellIsHidden() {
        JsonNode cohort = json(owner().send("POST", "/api/v1/programme/cohorts",
                "{\"name\": \"Testkohort\", \"region\": \"Test\", \"startsOn\": \"" + TestClock.TODAY.minusDays(30) + "\"}"));
        String cohortId = cohort.path("id").asString();
        String[] runs = new String[3];
        for (int i = 0; i < 3; i++) {
            runs[i] = json(owner().send("POST", "/api/v1/programme/workplaces", enrolment(freshOrgNumber(),
                    "Arbeidsplass " + i, 40, cohortId, TestClock.TODAY.minusDays(20).toString()))).path("id").asString();
        }
        int[] answers = {3, 9, 12};
        for (int i = 0; i < 3; i++) {
            String path = json(owner().send("POST", "/api/v1/programme/runs/" + runs[i] + "/surveys/BEFORE", null))
                    .path("path").asString();
            String token = path.substring(path.lastIndexOf('/') + 1);
            for (int k = 0; k < answers[i]; k++) {
                submitSurvey.submit(token, allAnswers("4"));
            }
        }
        for (String run : runs) {
            assertThat(owner().send("POST", "/api/v1/programme/runs/" + run + "/surveys/BEFORE/close", null).statusCode())
                    .isEqualTo(204);
        }
        HttpResponse<String> report = owner().get("/api/v1/programme/cohorts/" + cohortId + "/report");
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        JsonNode rows = json(report).path("workplaces");
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        rows.forEach(r -> byName.put(r.path("name").asString(), r.path("survey").path("BEFORE")));
        assertThat(byName.get("Arbeidsplass 0").path("suppressed").asBoolean()).isTrue();
        assertThat(byName.get("Arbeidsplass 0").path("n").isNull()).isTrue();
        assertThat(byName.get("Arbeidsplass 1").path("suppressed").asBoolean()).as("complementary").isTrue();
        assertThat(byName.get("Arbeidsplass 2").path("n").asInt()).isEqualTo(12);
        assertThat(byName.get("Arbeidsplass 2").path("means").path("knowledge").asDouble()).isEqualTo(4.0);
        assertThat(json(report).path("totals").path("BEFORE").path("n").asInt()).isEqualTo(24);

        HttpResponse<String> randomised = owner().send("POST", "/api/v1/programme/cohorts/" + cohortId + "/randomisation", null);
        assertThat(randomised.statusCode()).as(randomised.body()).isEqualTo(201);
        assertThat(json(randomised).path("allocatedBy").asString()).isEqualTo("nina.nav");
        assertThat(owner().send("POST", "/api/v1/programme/cohorts/" + cohortId + "/randomisation", null).statusCode())
                .isEqualTo(409);
        long now = queries.workplacesIn(java.util.UUID.fromString(cohortId)).stream().filter(w -> w.arm() == Arm.NOW).count();
        assertThat(now).isBetween(1L, 2L);
    }

    @Test
    void malformedRequestsToEveryProgrammeWriteEndpointAre4xxProblems() {
        JsonNode run = json(owner().send("POST", "/api/v1/programme/workplaces",
                enrolment(freshOrgNumber(), "Feilsøk AS", 25, null, TestClock.TODAY.toString())));
        String runId = run.path("id").asString();
        String stepId = run.path("steps").get(0).path("id").asString();
        String workplaceId = run.path("workplace").path("id").asString();
        String[][] endpoints = {{"POST", "/api/v1/programme/workplaces"}, {"PUT", "/api/v1/programme/runs/" + runId + "/steps/" + stepId},
                {"POST", "/api/v1/programme/runs/" + runId + "/measures"},
                {"PUT", "/api/v1/programme/runs/" + runId + "/measures/" + java.util.UUID.randomUUID()},
                {"POST", "/api/v1/programme/cohorts"}, {"POST", "/api/v1/programme/workplaces/" + workplaceId + "/sick-leave"},
                {"POST", "/api/v1/programme/cohorts/not-an-id/randomisation"}, {"POST", "/api/v1/programme/runs/" + runId + "/surveys/NEVER"}};
        String[] bodies = {"", "{", "[]", "null", "{\"unknownField\":1}", "{\"version\":\"x\"}", "{\"headcount\":\"many\"}",
                "{\"version\":0,\"plannedOn\":\"2026-13-45\",\"attendance\":-3}", "{\"year\":1999,\"quarter\":7,\"percent\":140}"};
        for (String[] endpoint : endpoints) {
            for (String body : bodies) {
                HttpResponse<String> response = owner().send(endpoint[0], endpoint[1], body);
                assertThat(response.statusCode()).as(endpoint[0] + " " + endpoint[1] + " " + body).isBetween(400, 499);
                assertThat(response.headers().firstValue("Content-Type").orElse(""))
                        .as(endpoint[1] + " " + body).startsWith("application/problem+json");
            }
        }
    }

    static Map<String, String> allAnswers(String code) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String s : new String[]{"knowledge", "use", "climate"}) {
            for (int i = 1; i <= 3; i++) {
                answers.put(s + "." + i, code);
            }
        }
        return answers;
    }

    static Map<String, String> errors(HttpResponse<String> response) {
        Map<String, String> errors = new LinkedHashMap<>();
        json(response).path("errors").forEach(e -> errors.putIfAbsent(e.path("field").asString(), e.path("message").asString()));
        return errors;
    }
}
