package no.samspill.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import no.samspill.shared.InvalidInputException;
import no.samspill.support.Browser;
import no.samspill.support.Http;
import no.samspill.support.IntegrationTest;
import no.samspill.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Decision 0032 on PostgreSQL: survey results are published once per cohort and wave, the same on every page; waves
 * close; the later arm waits; two enrolments of one number at once give a field error.
 */
@IntegrationTest
class ProgrammeDisclosureIT {

    @LocalServerPort
    int port;

    @Autowired
    SubmitSurveyResponse submitSurvey;

    @Autowired
    EnrolWorkplace enrol;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    Http owner() {
        return new Http(port, "nina.nav");
    }

    JsonNode json(HttpResponse<String> response) {
        return ProgrammeEnrolmentIT.json(response);
    }

    String cohort(String name, int daysAgo) {
        return json(owner().send("POST", "/api/v1/programme/cohorts", "{\"name\": \"" + name
                + "\", \"region\": \"Test\", \"startsOn\": \"" + TestClock.TODAY.minusDays(daysAgo) + "\"}"))
                .path("id").asString();
    }

    JsonNode enrolled(String name, int headcount, String cohortId, String firstSession) {
        HttpResponse<String> response = owner().send("POST", "/api/v1/programme/workplaces", ProgrammeEnrolmentIT.enrolment(
                ProgrammeEnrolmentIT.freshOrgNumber(), name, headcount, cohortId, firstSession));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response);
    }

    String openBefore(String runId) {
        String path = json(owner().send("POST", "/api/v1/programme/runs/" + runId + "/surveys/BEFORE", null))
                .path("path").asString();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    JsonNode beforeCellOfRun(String runId) {
        return json(owner().get("/api/v1/programme/runs/" + runId)).path("survey").path("BEFORE");
    }

    @Test
    void withThreeNineAndTwelveAnswersNoPageShowsTheNineAndNothingShowsBeforeTheWaveIsClosedEverywhere() {
        String cohortId = cohort("Avsløringskohort", 30);
        String[] runs = new String[3];
        String[] tokens = new String[3];
        int[] answers = {3, 9, 12};
        for (int i = 0; i < 3; i++) {
            runs[i] = enrolled("Avsløring " + i, 40, cohortId, TestClock.TODAY.minusDays(20).toString()).path("id").asString();
        }
        for (int i = 0; i < 3; i++) {
            tokens[i] = openBefore(runs[i]);
            for (int k = 0; k < answers[i]; k++) {
                submitSurvey.submit(tokens[i], ProgrammeEnrolmentIT.allAnswers("4"));
            }
        }
        assertThat(beforeCellOfRun(runs[2]).path("status").asString()).as("open wave").isEqualTo("NOT_PUBLISHED");
        assertThat(beforeCellOfRun(runs[2]).path("n").isNull()).isTrue();

        for (int i = 0; i < 2; i++) {
            assertThat(owner().send("POST", "/api/v1/programme/runs/" + runs[i] + "/surveys/BEFORE/close", null)
                    .statusCode()).isEqualTo(204);
        }
        assertThat(beforeCellOfRun(runs[1]).path("status").asString()).as("still open at one run").isEqualTo("NOT_PUBLISHED");
        JsonNode pending = json(owner().get("/api/v1/programme/cohorts/" + cohortId + "/report"));
        assertThat(pending.path("totals").path("BEFORE").path("status").asString()).isEqualTo("NOT_PUBLISHED");

        assertThat(owner().send("POST", "/api/v1/programme/runs/" + runs[2] + "/surveys/BEFORE/close", null)
                .statusCode()).isEqualTo(204);
        assertThat(owner().send("POST", "/api/v1/programme/runs/" + runs[2] + "/surveys/BEFORE/close", null)
                .statusCode()).as("closed once").isEqualTo(409);

        JsonNode report = json(owner().get("/api/v1/programme/cohorts/" + cohortId + "/report"));
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        report.path("workplaces").forEach(r -> byName.put(r.path("name").asString(), r.path("survey").path("BEFORE")));
        assertThat(byName.get("Avsløring 0").path("status").asString()).isEqualTo("SUPPRESSED");
        assertThat(byName.get("Avsløring 1").path("status").asString()).isEqualTo("SUPPRESSED");
        assertThat(byName.get("Avsløring 2").path("n").asInt()).isEqualTo(12);
        assertThat(report.path("totals").path("BEFORE").path("n").asInt()).isEqualTo(24);

        JsonNode nine = beforeCellOfRun(runs[1]);
        assertThat(nine.path("status").asString()).as("the run page follows the cohort report").isEqualTo("SUPPRESSED");
        assertThat(nine.path("n").isNull()).isTrue();
        assertThat(nine.path("means").isEmpty()).isTrue();
        assertThat(beforeCellOfRun(runs[2]).path("n").asInt()).isEqualTo(12);
        assertThat(new Browser(port).logIn("nina.nav").get("/program/lop/" + runs[1]).statusCode()).isEqualTo(200);
        assertThat(new Browser(port).logIn("nina.nav").get("/program/kohorter/" + cohortId).statusCode()).isEqualTo(200);

        assertThatThrownBy(() -> submitSurvey.submit(tokens[2], ProgrammeEnrolmentIT.allAnswers("4")))
                .hasMessageContaining("avsluttet");
        HttpResponse<String> joined = owner().send("POST", "/api/v1/programme/workplaces", ProgrammeEnrolmentIT.enrolment(
                ProgrammeEnrolmentIT.freshOrgNumber(), "Etternøler AS", 20, cohortId, TestClock.TODAY.toString()));
        assertThat(joined.statusCode()).as("membership is fixed once a wave closed").isEqualTo(400);
        assertThat(ProgrammeEnrolmentIT.errors(joined).get("cohortId")).contains("avsluttede undersøkelsesrunder");
    }

    @Test
    void aParticipantAnswersOverHttpWithoutLogInUntilTheFirstSessionIsDelivered() {
        JsonNode run = enrolled("Anonym svar AS", 30, null, TestClock.TODAY.minusDays(3).toString());
        String runId = run.path("id").asString();
        String token = openBefore(runId);
        Browser participant = new Browser(port);
        HttpResponse<String> form = participant.get("/undersokelse/" + token);
        assertThat(form.statusCode()).isEqualTo(200);
        String csrf = form.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        Map<String, String> answers = new LinkedHashMap<>();
        ProgrammeEnrolmentIT.allAnswers("3").forEach((k, v) -> answers.put("a." + k, v));
        HttpResponse<String> sent = participant.postWithToken("/undersokelse/" + token, answers, csrf);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElse("")).endsWith("/undersokelse/takk");
        assertThat(jdbc.sql("SELECT count(*) FROM programme_survey_response WHERE run_id = ?")
                .param(UUID.fromString(runId)).query(Integer.class).single()).isEqualTo(1);

        JsonNode first = run.path("steps").get(0);
        assertThat(owner().send("PUT", "/api/v1/programme/runs/" + runId + "/steps/" + first.path("id").asString(),
                "{\"version\": 0, \"plannedOn\": \"" + first.path("plannedOn").asString() + "\", \"deliveredOn\": \""
                        + TestClock.TODAY + "\", \"attendance\": 20}").statusCode()).isEqualTo(200);
        assertThat(json(owner().get("/api/v1/programme/runs/" + runId)).path("closedWaves").toString()).contains("BEFORE");
        HttpResponse<String> late = participant.postWithToken("/undersokelse/" + token, answers, csrf);
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("runden av undersøkelsen er avsluttet");
        HttpResponse<String> closedPage = participant.get("/undersokelse/" + token);
        assertThat(closedPage.body()).contains("id=\"survey-closed\"").doesNotContain("id=\"survey-form\"");
        HttpResponse<String> after = owner().send("POST", "/api/v1/programme/runs/" + runId + "/surveys/AFTER", null);
        assertThat(after.statusCode()).as("the after-wave opens when every step is delivered").isEqualTo(409);
    }

    @Test
    void theLaterArmIsPostponedAndNotDeliveredBeforeItsNewStart() {
        String cohortId = cohort("Ventelistekohort", 0);
        JsonNode[] runs = {enrolled("Venteliste A", 30, cohortId, TestClock.TODAY.plusDays(7).toString()),
                enrolled("Venteliste B", 30, cohortId, TestClock.TODAY.plusDays(7).toString())};
        assertThat(owner().send("POST", "/api/v1/programme/cohorts/" + cohortId + "/randomisation", null).statusCode())
                .isEqualTo(201);
        JsonNode later = null;
        JsonNode now = null;
        for (JsonNode r : runs) {
            JsonNode fresh = json(owner().get("/api/v1/programme/runs/" + r.path("id").asString()));
            if (fresh.path("workplace").path("arm").asString().equals("LATER")) {
                later = fresh;
            } else {
                now = fresh;
            }
        }
        assertThat(later).isNotNull();
        assertThat(now).isNotNull();
        JsonNode arms = json(owner().get("/api/v1/programme/cohorts/" + cohortId + "/report")).path("arms");
        assertThat(arms.path("LATER").path("BEFORE").path("status").asString()).isEqualTo("NOT_PUBLISHED");
        HttpResponse<String> cohortPage = new Browser(port).logIn("nina.nav").get("/program/kohorter/" + cohortId);
        assertThat(cohortPage.statusCode()).isEqualTo(200);
        assertThat(cohortPage.body()).contains("Arm: " + Arm.LATER.label()).contains("runden pågår");
        String laterId = later.path("id").asString();
        JsonNode step = later.path("steps").get(0);
        String deliver = "{\"version\": 0, \"plannedOn\": \"" + step.path("plannedOn").asString() + "\", \"deliveredOn\": \""
                + TestClock.TODAY + "\"}";
        HttpResponse<String> early = owner().send("PUT", "/api/v1/programme/runs/" + laterId + "/steps/"
                + step.path("id").asString(), deliver);
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(ProgrammeEnrolmentIT.errors(early).get("deliveredOn")).contains("utsett løpet");

        HttpResponse<String> tooSoon = owner().send("POST", "/api/v1/programme/runs/" + laterId + "/postponement",
                "{\"version\": " + later.path("version").asInt() + ", \"firstSession\": \"" + TestClock.TODAY.plusWeeks(4) + "\"}");
        assertThat(tooSoon.statusCode()).isEqualTo(400);
        assertThat(ProgrammeEnrolmentIT.errors(tooSoon).get("firstSession")).contains("er ferdig");
        String start = TestClock.TODAY.plusWeeks(20).toString();
        HttpResponse<String> postponed = owner().send("POST", "/api/v1/programme/runs/" + laterId + "/postponement",
                "{\"version\": " + later.path("version").asInt() + ", \"firstSession\": \"" + start + "\"}");
        assertThat(postponed.statusCode()).as(postponed.body()).isEqualTo(200);
        JsonNode moved = json(postponed);
        assertThat(moved.path("postponedTo").asString()).isEqualTo(start);
        assertThat(moved.path("steps").get(0).path("plannedOn").asString()).isEqualTo(start);
        assertThat(moved.path("steps").get(6).path("plannedOn").asString())
                .isEqualTo(TestClock.TODAY.plusWeeks(32).toString());
        JsonNode movedStep = moved.path("steps").get(0);
        HttpResponse<String> stillEarly = owner().send("PUT", "/api/v1/programme/runs/" + laterId + "/steps/"
                + movedStep.path("id").asString(), "{\"version\": " + movedStep.path("version").asInt()
                + ", \"plannedOn\": \"" + start + "\", \"deliveredOn\": \"" + TestClock.TODAY + "\"}");
        assertThat(ProgrammeEnrolmentIT.errors(stillEarly).get("deliveredOn")).contains("starter");

        HttpResponse<String> nowArm = owner().send("POST", "/api/v1/programme/runs/" + now.path("id").asString()
                + "/postponement", "{\"version\": " + now.path("version").asInt() + ", \"firstSession\": \"" + start + "\"}");
        assertThat(nowArm.statusCode()).isEqualTo(409);
    }

    @Test
    void aCohortIsNotRandomisedOnceAStepIsDelivered() {
        String cohortId = cohort("Sent randomisert", 14);
        JsonNode a = enrolled("Sen A", 30, cohortId, TestClock.TODAY.minusDays(7).toString());
        enrolled("Sen B", 30, cohortId, TestClock.TODAY.minusDays(7).toString());
        JsonNode step = a.path("steps").get(0);
        assertThat(owner().send("PUT", "/api/v1/programme/runs/" + a.path("id").asString() + "/steps/"
                + step.path("id").asString(), "{\"version\": 0, \"plannedOn\": \"" + step.path("plannedOn").asString()
                + "\", \"deliveredOn\": \"" + TestClock.TODAY + "\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> refused = owner().send("POST", "/api/v1/programme/cohorts/" + cohortId + "/randomisation", null);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).path("detail").asString()).contains("allerede gjennomført");
    }

    @Test
    void twoEnrolmentsOfOneNumberAtOnceGiveTheSecondAFieldError() throws Exception {
        String number = ProgrammeEnrolmentIT.freshOrgNumber();
        NewWorkplace form = new NewWorkplace(number, "Samtidig påmeldt AS", "PRIVATE", "20", null, "STANDARD",
                TestClock.TODAY.toString(), List.of(new ContactPerson("Kari Kontakt", null, "kari@example.no", null)),
                List.of());
        CompletableFuture<Throwable> second = new CompletableFuture<>();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            enrol.enrol(form, "nina.nav");
            Thread racer = new Thread(() -> {
                try {
                    enrol.enrol(form, "nina.nav");
                    second.complete(null);
                } catch (Throwable e) {
                    second.complete(e);
                }
            });
            racer.start();
            waitUntilAnInsertWaitsForTheFirst();
        });
        Throwable thrown = second.get(30, TimeUnit.SECONDS);
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) thrown).problems()).extracting(InvalidInputException.FieldProblem::field)
                .containsExactly("organisationNumber");
        assertThat(thrown.getMessage()).contains("allerede påmeldt");
    }

    /** The second enrolment passed the pre-check and now waits on the unique key for the first transaction. */
    private void waitUntilAnInsertWaitsForTheFirst() {
        for (int i = 0; i < 3000; i++) {
            // statistics views are a snapshot per transaction: take a fresh one each time
            jdbc.sql("SELECT pg_stat_clear_snapshot()").query((rs, row) -> 1).list();
            int waiting = jdbc.sql("""
                    SELECT count(*) FROM pg_stat_activity
                    WHERE wait_event_type = 'Lock' AND query LIKE '%INSERT INTO programme_workplace%'""")
                    .query(Integer.class).single();
            if (waiting > 0) {
                return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("the second enrolment never reached the insert");
    }

    @Test
    void aStaleStepFormShowsAConflictInsteadOfOverwriting() {
        JsonNode run = enrolled("Skjema samtidig AS", 30, null, TestClock.TODAY.toString());
        String runId = run.path("id").asString();
        JsonNode step = run.path("steps").get(0);
        Browser browser = new Browser(port).logIn("nina.nav");
        Map<String, String> form = Map.of("version", "0", "plannedOn", step.path("plannedOn").asString(),
                "delivered", "true", "deliveredOn", TestClock.TODAY.toString(), "attendance", "20");
        String path = "/program/lop/" + runId + "/trinn/" + step.path("id").asString();
        assertThat(browser.post(path, form).statusCode()).isEqualTo(302);
        HttpResponse<String> stale = browser.post(path, Map.of("version", "0", "plannedOn", step.path("plannedOn").asString(),
                "delivered", "true", "deliveredOn", TestClock.TODAY.toString(), "attendance", "25"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("endret av en annen");
        assertThat(json(owner().get("/api/v1/programme/runs/" + runId)).path("steps").get(0).path("attendance").asInt())
                .isEqualTo(20);
    }
}
