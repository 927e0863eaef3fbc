package no.samspill.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import no.samspill.access.PersonDataAccess;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.pathway.Worklist;
import no.samspill.pathway.WorklistKind;
import no.samspill.pathway.WorklistScope;
import no.samspill.referral.Referral;
import no.samspill.referral.RegisterReferral;
import no.samspill.referral.TriageDecision;
import no.samspill.referral.TriageOutcome;
import no.samspill.referral.TriageReferral;
import no.samspill.support.IntegrationTest;
import no.samspill.support.Referrals;
import no.samspill.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;

/**
 * The patient's own actions through their link (opening it, saving an answer, submitting) are in their access log;
 * closing a pathway cancels its unanswered rounds: off the worklist, links unusable, no new link.
 */
@IntegrationTest
@WithUserDetails("kari.koordinator")
class LinkActionsAndClosedPathwaysIT {

    @LocalServerPort int port;
    @Autowired RegisterReferral registerReferral;
    @Autowired TriageReferral triageReferral;
    @Autowired PathwayQueries pathways;
    @Autowired Worklist worklist;
    @Autowired JdbcClient jdbc;
    QuestionnaireFixture fx;
    Pathway pathway;

    @BeforeEach
    void pathway() {
        fx = new QuestionnaireFixture(port);
        Referral referral = registerReferral.register(Referrals.aReferral().build(), "kari.koordinator");
        pathway = pathways.byReferral(referral.id()).orElseThrow();
    }

    @Test
    void openingSavingAndSubmittingThroughTheLinkAreInThePatientsAccessLog() {
        UUID baseline = fx.baselineRound(fx.assign(pathway.id(), "gad-7"));
        String token = fx.token(pathway.id(), baseline);
        assertThat(fx.page("/skjema/" + token).statusCode()).isEqualTo(200);
        HttpResponse<String> submitted = fx.submit(token, QuestionnaireFixture.body(QuestionnaireFixture.GAD,
                QuestionnaireFixture.answers("gad7-", 7, "1")));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        UUID person = pathway.personId().value();
        assertThat(jdbc.sql("""
                SELECT action || ' ' || resource_type FROM audit_entry
                WHERE person_id = ? AND username = ? AND allowed ORDER BY seq""")
                .params(person, PersonDataAccess.LINK_USER).query(String.class).list())
                .contains("READ QuestionnaireRound", "WRITE QuestionnaireResponse");
    }

    @Test
    void closingThePathwayCancelsItsOpenRoundsAndTheirLinks() {
        JsonNode overview = fx.assign(pathway.id(), "phq-9");
        UUID baseline = fx.baselineRound(overview);
        String token = fx.token(pathway.id(), baseline);
        assertThat(questionnaireRowsOnTheWorklist()).isEqualTo(4);
        // Only a triaged pathway can be closed by hand; the triage itself leaves the rounds alone.
        triageReferral.triage(pathway.referralId(), 0, new TriageDecision(TriageOutcome.RIGHT_TO_CARE,
                TestClock.TODAY.plusWeeks(4), null), "kari.koordinator");
        assertThat(questionnaireRowsOnTheWorklist()).isEqualTo(4);

        Pathway current = pathways.byId(pathway.id()).orElseThrow();
        HttpResponse<String> closed = fx.kari.send("POST", "/api/v1/pathways/" + pathway.id() + "/close",
                "{\"version\":" + current.version() + ",\"outcome\":\"OTHER\",\"note\":\"Flyttet\"}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);

        assertThat(questionnaireRowsOnTheWorklist()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM questionnaire_round WHERE pathway_id = ? AND cancelled_at IS NOT NULL")
                .param(pathway.id()).query(Integer.class).single()).isEqualTo(4);
        assertThat(fx.page("/skjema/" + token).body()).doesNotContain("Spørsmål 1 av");
        HttpResponse<String> late = fx.submit(token, QuestionnaireFixture.body(QuestionnaireFixture.PHQ,
                QuestionnaireFixture.answers("phq9-", 9, "1")));
        assertThat(late.statusCode()).isEqualTo(401);
        assertThat(fx.kari.send("POST", "/api/v1/pathways/" + pathway.id() + "/questionnaire-rounds/" + baseline
                + "/link", null).statusCode()).isBetween(400, 499);
        JsonNode after = QuestionnaireFixture.JSON.readTree(fx.kari.get("/api/v1/pathways/" + pathway.id()
                + "/questionnaires").body());
        assertThat(after.path("rounds").get(0).path("status").asString()).isEqualTo("CANCELLED");
        assertThat(jdbc.sql("SELECT count(*) FROM questionnaire_response WHERE round_id = ?").param(baseline)
                .query(Integer.class).single()).isZero();
    }

    private long questionnaireRowsOnTheWorklist() {
        return worklist.of("kari.koordinator", WorklistScope.ALL, WorklistKind.QUESTIONNAIRE, false, 0, 200,
                TestClock.TODAY).items().stream().filter(i -> i.pathwayId().equals(pathway.id())).count();
    }
}
