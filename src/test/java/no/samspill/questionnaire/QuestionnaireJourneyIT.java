package no.samspill.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.pathway.Worklist;
import no.samspill.pathway.WorklistItem;
import no.samspill.pathway.WorklistKind;
import no.samspill.pathway.WorklistScope;
import no.samspill.referral.Referral;
import no.samspill.referral.RegisterReferral;
import no.samspill.support.IntegrationTest;
import no.samspill.support.Referrals;
import no.samspill.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.JsonNode;

/** Assignment → worklist → link → patient page → submit → scores stored → round off the worklist; double submit. */
@IntegrationTest
@WithUserDetails("kari.koordinator")
class QuestionnaireJourneyIT {

    @LocalServerPort int port;
    @Autowired RegisterReferral registerReferral;
    @Autowired PathwayQueries pathways;
    @Autowired Worklist worklist;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.web.context.WebApplicationContext context;
    QuestionnaireFixture fx;
    Pathway pathway;

    @BeforeEach
    void pathway() {
        fx = new QuestionnaireFixture(port);
        Referral referral = registerReferral.register(Referrals.aReferral().build(), "kari.koordinator");
        pathway = pathways.byReferral(referral.id()).orElseThrow();
    }

    @Test
    void aPatientAnswersFromALinkAndTheScoresAreStored() throws Exception {
        JsonNode overview = fx.assign(pathway.id(), "phq-9", "gad-7");
        assertThat(overview.path("rounds")).hasSize(4);
        UUID baseline = fx.baselineRound(overview);
        assertThat(worklist.of("kari.koordinator", WorklistScope.WEEK, WorklistKind.QUESTIONNAIRE, false, 0, 200,
                TestClock.TODAY).items()).extracting(WorklistItem::ref).contains(baseline.toString());
        assertThat(worklist.of("kari.koordinator", WorklistScope.ALL, WorklistKind.QUESTIONNAIRE, false, 0, 200,
                TestClock.TODAY).items()).filteredOn(i -> i.pathwayId().equals(pathway.id())).hasSize(4);

        String token = fx.token(pathway.id(), baseline);
        assertThat(token).hasSize(43);
        HttpResponse<String> page = fx.page("/skjema/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Spørsmål 1 av", "<fieldset", "<legend", "Norsk oversettelse: ikke verifisert");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'");
        assertThat(jdbc.sql("SELECT count(*) FROM questionnaire_link WHERE round_id = ? AND octet_length(token_hash) = 32")
                .param(baseline).query(Integer.class).single()).isEqualTo(1);

        HttpResponse<String> phq = fx.submit(token, QuestionnaireFixture.body(QuestionnaireFixture.PHQ,
                QuestionnaireFixture.answers("phq9-", 9, "2")));
        assertThat(phq.statusCode()).as(phq.body()).isEqualTo(201);
        JsonNode phqScore = QuestionnaireFixture.JSON.readTree(phq.body());
        assertThat(phqScore.path("total").asInt()).isEqualTo(18);
        assertThat(phqScore.path("band").asString()).isEqualTo("MODERATELY_SEVERE");
        assertThat(phqScore.path("roundCompleted").asBoolean()).isFalse();

        HttpResponse<String> gad = fx.submit(token, QuestionnaireFixture.body(QuestionnaireFixture.GAD,
                "[{\"linkId\":\"gad7-1\",\"value\":\"3\"}]"));
        assertThat(gad.statusCode()).as(gad.body()).isEqualTo(201);
        JsonNode gadScore = QuestionnaireFixture.JSON.readTree(gad.body());
        assertThat(gadScore.path("status").asString()).isEqualTo("INCOMPLETE");
        assertThat(gadScore.path("missing")).hasSize(6);
        assertThat(gadScore.path("roundCompleted").asBoolean()).isTrue();

        assertThat(jdbc.sql("""
                SELECT count(*) FROM questionnaire_score WHERE pathway_id = ? AND round_id = ?""")
                .params(pathway.id(), baseline).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT total FROM questionnaire_score WHERE pathway_id = ? AND instrument = 'phq-9'")
                .param(pathway.id()).query(Integer.class).single()).isEqualTo(18);
        assertThat(worklist.of("kari.koordinator", WorklistScope.ALL, WorklistKind.QUESTIONNAIRE, false, 0, 200,
                TestClock.TODAY).items()).extracting(WorklistItem::ref).doesNotContain(baseline.toString());

        // The link is used up: the page is the neutral one, the API says it is already submitted.
        HttpResponse<String> used = fx.page("/skjema/" + token);
        assertThat(used.statusCode()).isEqualTo(404);
        assertThat(used.body()).isEqualTo(fx.page("/skjema/" + "x".repeat(43)).body());
        HttpResponse<String> again = fx.submit(token, QuestionnaireFixture.body(QuestionnaireFixture.PHQ,
                QuestionnaireFixture.answers("phq9-", 9, "0")));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT count(*) FROM questionnaire_score WHERE pathway_id = ?").param(pathway.id())
                .query(Integer.class).single()).isEqualTo(2);

        JsonNode after = QuestionnaireFixture.JSON.readTree(fx.kari.get("/api/v1/pathways/" + pathway.id()
                + "/questionnaires").body());
        assertThat(after.path("scores")).hasSize(2);

        // The pathway page's fragment: rounds, scores with band, a server-side SVG chart per measure.
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        String html = mvc.perform(MockMvcRequestBuilders.get("/forlop/" + pathway.id() + "/skjema"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"skjema\"", "<svg", "18 av 27", "moderat alvorlig", "ufullstendig", "besvart")
                .doesNotContain("<html");
    }

    @Test
    void aDoubleSubmitOfTheSameInstrumentIsRefusedAndStoresNothing() {
        JsonNode overview = fx.assign(pathway.id(), "phq-9", "gad-7");
        String token = fx.token(pathway.id(), fx.baselineRound(overview));
        String body = QuestionnaireFixture.body(QuestionnaireFixture.PHQ, QuestionnaireFixture.answers("phq9-", 9, "1"));
        assertThat(fx.submit(token, body).statusCode()).isEqualTo(201);
        HttpResponse<String> second = fx.submit(token, body);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(jdbc.sql("SELECT count(*) FROM questionnaire_response r JOIN questionnaire_round o ON o.id = r.round_id WHERE o.pathway_id = ?")
                .param(pathway.id()).query(Integer.class).single()).isEqualTo(1);
    }
}
