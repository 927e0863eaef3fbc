package no.samspill.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.referral.Referral;
import no.samspill.referral.RegisterReferral;
import no.samspill.support.IntegrationTest;
import no.samspill.support.Referrals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;

/** Each bad submission is a 4xx problem naming the field, and nothing of it is stored. */
@IntegrationTest
@WithUserDetails("kari.koordinator")
class QuestionnaireBadInputIT {

    @LocalServerPort int port;
    @Autowired RegisterReferral registerReferral;
    @Autowired PathwayQueries pathways;
    @Autowired JdbcClient jdbc;
    QuestionnaireFixture fx;
    UUID round;
    String token;

    @BeforeEach
    void link() {
        fx = new QuestionnaireFixture(port);
        Referral referral = registerReferral.register(Referrals.aReferral().build(), "kari.koordinator");
        Pathway pathway = pathways.byReferral(referral.id()).orElseThrow();
        round = fx.baselineRound(fx.assign(pathway.id(), "phq-9"));
        token = fx.token(pathway.id(), round);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "answer out of range|https://samspill.no/fhir/Questionnaire/phq-9|1.0.0|phq9-1|4|answers.phq9-1",
            "unknown linkId|https://samspill.no/fhir/Questionnaire/phq-9|1.0.0|phq9-99|1|answers.phq9-99",
            "answer to the unscored item out of range|https://samspill.no/fhir/Questionnaire/phq-9|1.0.0|phq9-10|7|answers.phq9-10",
            "version that does not exist|https://samspill.no/fhir/Questionnaire/phq-9|9.9.9|phq9-1|1|questionnaire",
            "questionnaire not assigned|https://samspill.no/fhir/Questionnaire/gad-7|1.0.0|gad7-1|1|questionnaire"})
    void isRefusedAndStoresNothing(String name, String url, String version, String linkId, String value, String field) {
        // Items 2–9 answered well, plus the one under test.
        String answers = QuestionnaireFixture.answers("phq9-", 9, "1").replace("{\"linkId\":\"phq9-1\",\"value\":\"1\"}",
                "{\"linkId\":\"" + linkId + "\",\"value\":\"" + value + "\"}");
        HttpResponse<String> r = fx.submit(token, QuestionnaireFixture.body(url + "|" + version, answers));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode problem = QuestionnaireFixture.JSON.readTree(r.body());
        assertThat(problem.path("errors").findValuesAsString("field")).contains(field);
        assertNothingStored();
    }

    @Test
    void aMissingOrUnknownTokenIs401AndStoresNothing() {
        String body = QuestionnaireFixture.body(QuestionnaireFixture.PHQ, QuestionnaireFixture.answers("phq9-", 9, "1"));
        assertThat(fx.submit(null, body).statusCode()).isEqualTo(401);
        assertThat(fx.submit("A".repeat(43), body).statusCode()).isEqualTo(401);
        assertNothingStored();
    }

    @Test
    void wellFormedAnswersToAQuestionnaireTheLinkIsNotForAre400AndStoreNothing() {
        HttpResponse<String> r = fx.submit(token, QuestionnaireFixture.body(
                "https://samspill.no/fhir/Questionnaire/gad-7|1.0.0", QuestionnaireFixture.answers("gad7-", 7, "1")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(QuestionnaireFixture.JSON.readTree(r.body()).path("errors").findValuesAsString("field"))
                .containsExactly("questionnaire");
        assertNothingStored();
        // A well-formed but unknown token with answers that would not pass either: the link is what is wrong.
        assertThat(fx.submit("B".repeat(43), QuestionnaireFixture.body(QuestionnaireFixture.PHQ,
                QuestionnaireFixture.answers("phq9-", 9, "7"))).statusCode()).isEqualTo(401);
    }

    @Test
    void malformedJsonAndAMalformedCanonicalAre400() {
        assertThat(fx.submit(token, "{\"questionnaire\":").statusCode()).isEqualTo(400);
        assertThat(fx.submit(token, QuestionnaireFixture.body("phq-9", "[]")).statusCode()).isEqualTo(400);
        assertNothingStored();
    }

    private void assertNothingStored() {
        assertThat(jdbc.sql("SELECT count(*) FROM questionnaire_response WHERE round_id = ?").param(round)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM questionnaire_score WHERE round_id = ?").param(round)
                .query(Integer.class).single()).isZero();
    }
}
