package no.samspill.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import no.samspill.instrument.InstrumentRef;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.referral.Referral;
import no.samspill.referral.RegisterReferral;
import no.samspill.shared.ConcurrentChangeException;
import no.samspill.support.IntegrationTest;
import no.samspill.support.Referrals;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** Two tabs answering the same questionnaire at once lose nothing; a submit from a stale tab is refused. */
@IntegrationTest
@WithUserDetails("kari.koordinator")
class QuestionnaireTwoTabsIT {

    @LocalServerPort int port;
    @Autowired RegisterReferral registerReferral;
    @Autowired PathwayQueries pathways;
    @Autowired SaveAnswer saveAnswer;
    @Autowired SubmitResponse submit;
    @Autowired JdbcClient jdbc;

    @Test
    void answersFromTwoTabsAreAllKept() throws Exception {
        QuestionnaireFixture fx = new QuestionnaireFixture(port);
        Referral referral = registerReferral.register(Referrals.aReferral().build(), "kari.koordinator");
        Pathway pathway = pathways.byReferral(referral.id()).orElseThrow();
        UUID round = fx.baselineRound(fx.assign(pathway.id(), "phq-9"));
        String token = fx.token(pathway.id(), round);
        InstrumentRef phq = InstrumentRef.parse(QuestionnaireFixture.PHQ);

        ExecutorService tabs = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Integer>> saves = new ArrayList<>();
            for (int i = 1; i <= 9; i++) {
                String linkId = "phq9-" + i;
                String code = String.valueOf(i % 4);
                saves.add(CompletableFuture.supplyAsync(() -> saveAnswer.save(token, phq, linkId, code), tabs));
            }
            saves.forEach(CompletableFuture::join);
        } finally {
            tabs.shutdown();
        }
        assertThat(jdbc.sql("""
                SELECT count(*) FROM questionnaire_response r, jsonb_object_keys(r.answers) AS k
                WHERE r.round_id = ?""").param(round).query(Integer.class).single()).isEqualTo(9);
        int version = jdbc.sql("SELECT version FROM questionnaire_response WHERE round_id = ?").param(round)
                .query(Integer.class).single();
        assertThat(version).isEqualTo(9);

        // Tab A saw version 9; tab B changes an answer; A's submit is refused, nothing is lost, then A resubmits.
        saveAnswer.save(token, phq, "phq9-1", "3");
        Assertions.assertThatThrownBy(() -> submit.submit(token, phq, java.util.Map.of(), version))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM questionnaire_score WHERE round_id = ?").param(round)
                .query(Integer.class).single()).isZero();
        SubmittedResponse done = submit.submit(token, phq, java.util.Map.of(), version + 1);
        assertThat(done.score().total()).isEqualTo(3 + 2 + 3 + 0 + 1 + 2 + 3 + 0 + 1);

        // The patient page after submit is the neutral one.
        HttpResponse<String> page = fx.page("/skjema/" + token);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Ta kontakt med klinikken");
    }
}
