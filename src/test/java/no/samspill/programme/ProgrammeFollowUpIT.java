package no.samspill.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import no.samspill.security.DemoAccounts;
import no.samspill.support.Browser;
import no.samspill.support.Http;
import no.samspill.support.IntegrationTest;
import no.samspill.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * After enrolment on PostgreSQL: measures and their follow-up (review date, review recorded, due list, the contact's
 * status change), steps kept before the follow-up, sick-leave group means, editing and withdrawing a workplace. Its
 * own application context (and database), because it enrols the demo contact's workplace, which other ITs enrol too.
 */
@IntegrationTest
@TestPropertySource(properties = "samspill.test.context=programme-follow-up")
class ProgrammeFollowUpIT {

    @LocalServerPort
    int port;

    @Autowired
    ProgrammeQueries queries;

    Http owner() {
        return new Http(port, "nina.nav");
    }

    static JsonNode json(HttpResponse<String> response) {
        return ProgrammeEnrolmentIT.json(response);
    }

    JsonNode enrolled(String number, String name, int headcount, String cohortId, String firstSession) {
        HttpResponse<String> response = owner().send("POST", "/api/v1/programme/workplaces",
                ProgrammeEnrolmentIT.enrolment(number, name, headcount, cohortId, firstSession));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response);
    }

    JsonNode run(String runId) {
        return json(owner().get("/api/v1/programme/runs/" + runId));
    }

    HttpResponse<String> deliver(String runId, JsonNode step, Integer attendance) {
        return owner().send("PUT", "/api/v1/programme/runs/" + runId + "/steps/" + step.path("id").asString(),
                "{\"version\": " + step.path("version").asInt() + ", \"plannedOn\": \"" + step.path("plannedOn").asString()
                        + "\", \"deliveredOn\": \"" + step.path("plannedOn").asString() + "\""
                        + (attendance == null ? "" : ", \"attendance\": " + attendance) + "}");
    }

    @Test
    void measuresAreFollowedUpAtTheReviewDateAndTheContactSetsTheirStatus() {
        String runId = enrolled(DemoAccounts.FJORDBYEN_SYKEHJEM, "Fjordbyen Sykehjem", 60, null,
                TestClock.TODAY.minusDays(1).toString()).path("id").asString();
        JsonNode before = run(runId);
        JsonNode last = before.path("steps").get(before.path("steps").size() - 1);
        JsonNode first = before.path("steps").get(0);

        HttpResponse<String> measure = owner().send("POST", "/api/v1/programme/runs/" + runId + "/measures",
                "{\"what\": \"Fast pauserutine\", \"ownerRole\": \"LEADER\", \"dueOn\": \""
                        + first.path("plannedOn").asString() + "\"}");
        assertThat(measure.statusCode()).as(measure.body()).isEqualTo(201);
        JsonNode m = json(measure);

        String reviewOn = java.time.LocalDate.parse(last.path("plannedOn").asString()).plusWeeks(1).toString();
        HttpResponse<String> review = owner().send("PUT", "/api/v1/programme/runs/" + runId + "/review",
                "{\"version\": " + before.path("version").asInt() + ", \"reviewOn\": \"" + reviewOn + "\"}");
        assertThat(review.statusCode()).as(review.body()).isEqualTo(200);
        assertThat(json(review).path("reviewOn").asString()).isEqualTo(reviewOn);

        HttpResponse<String> lastMoved = owner().send("PUT", "/api/v1/programme/runs/" + runId + "/steps/"
                + last.path("id").asString(), "{\"version\": " + last.path("version").asInt() + ", \"plannedOn\": \""
                + reviewOn + "\"}");
        assertThat(lastMoved.statusCode()).isEqualTo(400);
        assertThat(ProgrammeEnrolmentIT.errors(lastMoved).get("plannedOn")).contains("før oppfølgingsdatoen");
        HttpResponse<String> firstMoved = owner().send("PUT", "/api/v1/programme/runs/" + runId + "/steps/"
                + first.path("id").asString(), "{\"version\": " + first.path("version").asInt() + ", \"plannedOn\": \""
                + java.time.LocalDate.parse(first.path("plannedOn").asString()).plusDays(1) + "\"}");
        assertThat(firstMoved.statusCode()).isEqualTo(400);
        assertThat(ProgrammeEnrolmentIT.errors(firstMoved).get("plannedOn")).contains("fristen for tiltaket");

        Http contact = new Http(port, "wenche.kontakt");
        HttpResponse<String> done = contact.send("PUT", "/api/v1/programme/runs/" + runId + "/measures/"
                + m.path("id").asString(), "{\"version\": 0, \"status\": \"DONE\"}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(json(done).path("status").asString()).isEqualTo("DONE");

        Browser contactBrowser = new Browser(port).logIn("wenche.kontakt");
        HttpResponse<String> contactPage = contactBrowser.get("/program/min");
        assertThat(contactPage.statusCode()).isEqualTo(200);
        assertThat(contactPage.body()).contains("Fast pauserutine");
        String csrf = contactPage.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> stale = contactBrowser.postWithToken("/program/min/tiltak/" + m.path("id").asString(),
                Map.of("version", "0", "status", "IN_PROGRESS"), csrf);
        assertThat(stale.statusCode()).isEqualTo(409);
        HttpResponse<String> byForm = contactBrowser.postWithToken("/program/min/tiltak/" + m.path("id").asString(),
                Map.of("version", "1", "status", "IN_PROGRESS"), csrf);
        assertThat(byForm.statusCode()).isEqualTo(302);
        assertThat(byForm.headers().firstValue("Location").orElse("")).contains("/program/min");

        JsonNode other = enrolled(ProgrammeEnrolmentIT.freshOrgNumber(), "Annen oppfølging AS", 20, null,
                TestClock.TODAY.toString());
        JsonNode otherMeasure = json(owner().send("POST", "/api/v1/programme/runs/" + other.path("id").asString()
                + "/measures", "{\"what\": \"Rutine\", \"ownerRole\": \"LEADER\", \"dueOn\": \"" + TestClock.TODAY.plusWeeks(20) + "\"}"));
        assertThat(contact.send("PUT", "/api/v1/programme/runs/" + other.path("id").asString() + "/measures/"
                + otherMeasure.path("id").asString(), "{\"version\": 0, \"status\": \"DONE\"}").statusCode()).isEqualTo(404);

        JsonNode afterReview = run(runId);
        boolean due = !java.time.LocalDate.parse(reviewOn).isAfter(TestClock.TODAY.plusDays(ProgrammeQueries.REVIEW_DUE_DAYS));
        assertThat(json(owner().get("/api/v1/programme/reviews-due")).toString().contains(runId)).isEqualTo(due);
        HttpResponse<String> future = owner().send("POST", "/api/v1/programme/runs/" + runId + "/reviews",
                "{\"version\": " + afterReview.path("version").asInt() + ", \"reviewedOn\": \"" + TestClock.TODAY.plusDays(1)
                        + "\", \"outcome\": \"Alt gjort\"}");
        assertThat(ProgrammeEnrolmentIT.errors(future)).containsKey("reviewedOn");
        HttpResponse<String> recorded = owner().send("POST", "/api/v1/programme/runs/" + runId + "/reviews",
                "{\"version\": " + afterReview.path("version").asInt() + ", \"reviewedOn\": \"" + TestClock.TODAY
                        + "\", \"outcome\": \"Pauserutinen er i bruk\"}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        assertThat(json(recorded).path("reviewedOn").asString()).isEqualTo(TestClock.TODAY.toString());
        assertThat(json(owner().get("/api/v1/programme/reviews-due")).toString()).doesNotContain(runId);
    }

    @Test
    void anOverdueReviewIsListedOnTheOwnersOverview() {
        JsonNode run = enrolled(ProgrammeEnrolmentIT.freshOrgNumber(), "Forfalt oppfølging AS", 20, null,
                TestClock.TODAY.minusWeeks(20).toString());
        String runId = run.path("id").asString();
        HttpResponse<String> review = owner().send("PUT", "/api/v1/programme/runs/" + runId + "/review",
                "{\"version\": 0, \"reviewOn\": \"" + TestClock.TODAY.minusDays(3) + "\"}");
        assertThat(review.statusCode()).as(review.body()).isEqualTo(200);
        JsonNode due = json(owner().get("/api/v1/programme/reviews-due"));
        JsonNode mine = null;
        for (JsonNode d : due) {
            if (d.path("runId").asString().equals(runId)) {
                mine = d;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.path("overdue").asBoolean()).isTrue();
        HttpResponse<String> page = new Browser(port).logIn("nina.nav").get("/program");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Forfalt oppfølging AS").contains("Forfalt");
    }

    @Test
    void sickLeaveGroupMeansCountOnlyWorkplacesShownOnTheirOwn() {
        String cohortId = json(owner().send("POST", "/api/v1/programme/cohorts", "{\"name\": \"Sykefraværskohort\", "
                + "\"region\": \"Test\", \"startsOn\": \"" + TestClock.TODAY.minusWeeks(41) + "\"}")).path("id").asString();
        int[] headcounts = {20, 20, 20, 20, 20, 3};
        JsonNode[] runs = new JsonNode[headcounts.length];
        for (int i = 0; i < headcounts.length; i++) {
            runs[i] = enrolled(ProgrammeEnrolmentIT.freshOrgNumber(), "Fravær " + i, headcounts[i], cohortId,
                    TestClock.TODAY.minusWeeks(40).toString());
        }
        for (int i = 0; i < headcounts.length; i++) {
            JsonNode run = runs[i];
            String runId = run.path("id").asString();
            for (JsonNode step : run.path("steps")) {
                assertThat(deliver(runId, step, null).statusCode()).isEqualTo(200);
            }
            String workplaceId = run.path("workplace").path("id").asString();
            String percentBefore = i == 5 ? "50" : "10";
            for (int q = 1; q <= 4; q++) {
                assertThat(owner().send("POST", "/api/v1/programme/workplaces/" + workplaceId + "/sick-leave",
                        "{\"year\": 2025, \"quarter\": " + q + ", \"percent\": " + percentBefore + "}").statusCode())
                        .isEqualTo(201);
            }
            assertThat(owner().send("POST", "/api/v1/programme/workplaces/" + workplaceId + "/sick-leave",
                    "{\"year\": 2026, \"quarter\": 3, \"percent\": " + (i == 5 ? "40" : "6") + "}").statusCode())
                    .isEqualTo(201);
        }
        JsonNode report = json(owner().get("/api/v1/programme/cohorts/" + cohortId + "/report"));
        JsonNode all = report.path("sickLeave").path(ProgrammeQueries.ALL);
        assertThat(all.path("workplaces").asInt()).as("the 3-person workplace is left out").isEqualTo(5);
        assertThat(all.path("before").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(all.path("after").decimalValue()).isEqualByComparingTo("6.00");
        report.path("workplaces").forEach(r -> {
            if (r.path("name").asString().equals("Fravær 5")) {
                assertThat(r.path("sickLeaveBefore").isNull()).isTrue();
            }
        });
    }

    @Test
    void theOwnerEditsAWorkplaceWithSeveralContactsAndAStaleVersionIsAConflict() {
        JsonNode run = enrolled(ProgrammeEnrolmentIT.freshOrgNumber(), "Endres AS", 30, null, TestClock.TODAY.toString());
        String runId = run.path("id").asString();
        String workplaceId = run.path("workplace").path("id").asString();
        assertThat(deliver(runId, run.path("steps").get(0), 25).statusCode()).isEqualTo(200);
        String body = """
                {"version": 0, "name": "Endret AS", "sector": "PUBLIC", "headcount": %d,
                 "contacts": [{"name": "Kari Kontakt", "email": "kari@example.no"},
                              {"name": "Per Verneombud", "title": "Verneombud", "phone": "90000002"}],
                 "contributors": [{"name": "Psyk Olog", "profession": "Psykolog"},
                                  {"name": "Fysio Terapeut", "profession": "Fysioterapeut"}]}""";
        HttpResponse<String> tooFew = owner().send("PUT", "/api/v1/programme/workplaces/" + workplaceId, body.formatted(24));
        assertThat(tooFew.statusCode()).isEqualTo(400);
        assertThat(ProgrammeEnrolmentIT.errors(tooFew).get("headcount")).contains("oppmøtet");

        HttpResponse<String> edited = owner().send("PUT", "/api/v1/programme/workplaces/" + workplaceId, body.formatted(35));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        JsonNode w = json(edited);
        assertThat(w.path("name").asString()).isEqualTo("Endret AS");
        assertThat(w.path("headcount").asInt()).isEqualTo(35);
        assertThat(w.path("contacts")).hasSize(2);
        assertThat(w.path("contributors")).hasSize(2);
        assertThat(w.path("version").asInt()).isEqualTo(1);

        HttpResponse<String> stale = owner().send("PUT", "/api/v1/programme/workplaces/" + workplaceId, body.formatted(36));
        assertThat(stale.statusCode()).isEqualTo(409);

        Browser browser = new Browser(port).logIn("nina.nav");
        assertThat(browser.get("/program/arbeidsplasser/" + workplaceId + "/endre").statusCode()).isEqualTo(200);
        HttpResponse<String> staleForm = browser.post("/program/arbeidsplasser/" + workplaceId + "/endre",
                Map.of("version", "0", "name", "Skjema AS", "sector", "PUBLIC", "headcount", "40",
                        "contacts[0].name", "Kari Kontakt", "contacts[0].email", "kari@example.no"));
        assertThat(staleForm.statusCode()).isEqualTo(409);
        assertThat(staleForm.body()).contains("endret av en annen");
        HttpResponse<String> saved = browser.post("/program/arbeidsplasser/" + workplaceId + "/endre",
                Map.of("version", "1", "name", "Skjema AS", "sector", "PUBLIC", "headcount", "40",
                        "contacts[0].name", "Kari Kontakt", "contacts[0].email", "kari@example.no",
                        "contacts[1].name", "Ola Leder", "contacts[1].phone", "90000003"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(queries.workplace(java.util.UUID.fromString(workplaceId)).orElseThrow().contacts())
                .extracting(ContactPerson::name).containsExactly("Kari Kontakt", "Ola Leder");

        HttpResponse<String> withdrawn = owner().send("POST", "/api/v1/programme/workplaces/" + workplaceId + "/withdrawal",
                "{\"version\": 2}");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(json(withdrawn).path("withdrawnOn").asString()).isEqualTo(TestClock.TODAY.toString());
        assertThat(json(owner().get("/api/v1/programme/runs/" + runId)).path("closedWaves")).hasSize(3);
        JsonNode second = run(runId).path("steps").get(1);
        assertThat(deliver(runId, second, 20).statusCode()).isEqualTo(409);
        assertThat(owner().send("PUT", "/api/v1/programme/workplaces/" + workplaceId, body.formatted(36).replace(
                "\"version\": 0", "\"version\": 3")).statusCode()).isEqualTo(409);
        assertThat(owner().send("POST", "/api/v1/programme/workplaces/" + workplaceId + "/withdrawal",
                "{\"version\": 3}").statusCode()).as("withdrawn once").isEqualTo(409);
    }
}
