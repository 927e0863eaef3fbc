package no.samspill.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import no.samspill.referral.Referral;
import no.samspill.referral.ReferralQueries;
import no.samspill.referral.ReferralStatus;
import no.samspill.referral.RegisterReferral;
import no.samspill.support.Browser;
import no.samspill.support.Http;
import no.samspill.support.IntegrationTest;
import no.samspill.support.Referrals;
import no.samspill.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A referred pathway moves on only with its referral's triage: neither the API nor the pathway page's forms can move
 * or close it by hand, and the triage that comes afterwards still goes through (decision, letter, triaged pathway).
 */
@IntegrationTest
@WithUserDetails("kari.koordinator")
class TriageBypassIT {

    @LocalServerPort int port;
    @Autowired RegisterReferral registerReferral;
    @Autowired ReferralQueries referrals;
    @Autowired PathwayQueries pathways;

    @Test
    void theApiRefusesToMoveOrCloseAReferredPathwayAndTheTriageStillWorks() {
        Referral referral = registerReferral.register(Referrals.aReferral().build(), "kari.koordinator");
        Pathway pathway = pathways.byReferral(referral.id()).orElseThrow();
        Http kari = new Http(port, "kari.koordinator");

        HttpResponse<String> moved = kari.send("POST", "/api/v1/pathways/" + pathway.id() + "/state",
                "{\"version\":0,\"state\":\"TRIAGED\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(409);
        assertThat(moved.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(moved.body()).contains("Henvisningen er ikke vurdert");
        HttpResponse<String> closed = kari.send("POST", "/api/v1/pathways/" + pathway.id() + "/close",
                "{\"version\":0,\"outcome\":\"NEW_JOB\"}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(409);
        assertThat(closed.body()).contains("Henvisningen er ikke vurdert");
        assertThat(pathways.byId(pathway.id()).orElseThrow()).extracting(Pathway::state, Pathway::version)
                .containsExactly(PathwayState.REFERRED, 0);

        HttpResponse<String> triaged = kari.send("POST", "/api/v1/referrals/" + referral.id() + "/triage",
                "{\"version\":0,\"outcome\":\"RIGHT_TO_CARE\",\"latestStartDate\":\""
                        + TestClock.TODAY.plusWeeks(4) + "\"}");
        assertThat(triaged.statusCode()).as(triaged.body()).isEqualTo(200);
        assertThat(referrals.byId(referral.id()).orElseThrow().status()).isEqualTo(ReferralStatus.RIGHT_TO_CARE);
        Pathway after = pathways.byId(pathway.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(PathwayState.TRIAGED);

        // From triaged on, the coordinator moves the pathway by hand as before.
        HttpResponse<String> assessment = kari.send("POST", "/api/v1/pathways/" + pathway.id() + "/state",
                "{\"version\":" + after.version() + ",\"state\":\"IN_ASSESSMENT\"}");
        assertThat(assessment.statusCode()).as(assessment.body()).isEqualTo(200);
        assertThat(pathways.byId(pathway.id()).orElseThrow().state()).isEqualTo(PathwayState.IN_ASSESSMENT);
    }

    @Test
    void thePathwayPageOffersNoBypassRefusesAForgedFormAndTheTriageStillWorks() {
        Referral referral = registerReferral.register(Referrals.aReferral().build(), "kari.koordinator");
        Pathway pathway = pathways.byReferral(referral.id()).orElseThrow();
        Browser kari = new Browser(port).logIn("kari.koordinator");

        String page = kari.get("/forlop/" + pathway.id()).body();
        assertThat(page).contains("id=\"venter-vurdering\"")
                .doesNotContain("/forlop/" + pathway.id() + "/tilstand")
                .doesNotContain("/forlop/" + pathway.id() + "/avslutt");

        HttpResponse<String> moved = kari.post("/forlop/" + pathway.id() + "/tilstand",
                Map.of("version", "0", "target", "TRIAGED"));
        assertThat(moved.statusCode()).isEqualTo(409);
        assertThat(moved.body()).contains("Henvisningen er ikke vurdert");
        HttpResponse<String> closed = kari.post("/forlop/" + pathway.id() + "/avslutt",
                Map.of("version", "0", "outcome", "NEW_JOB"));
        assertThat(closed.statusCode()).isEqualTo(409);
        assertThat(pathways.byId(pathway.id()).orElseThrow().state()).isEqualTo(PathwayState.REFERRED);

        HttpResponse<String> triaged = kari.post("/henvisninger/" + referral.id() + "/vurdering",
                Map.of("version", "0", "outcome", "RIGHT_TO_CARE", "latestStartDate",
                        TestClock.TODAY.plusWeeks(4).toString()));
        assertThat(triaged.statusCode()).as(triaged.body()).isEqualTo(302);
        assertThat(referrals.byId(referral.id()).orElseThrow().status()).isEqualTo(ReferralStatus.RIGHT_TO_CARE);
        assertThat(pathways.byId(pathway.id()).orElseThrow().state()).isEqualTo(PathwayState.TRIAGED);
        assertThat(kari.get("/henvisninger/" + referral.id() + "/vedtaksbrev").body())
                .contains("rett til nødvendig helsehjelp");
        assertThat(kari.get("/forlop/" + pathway.id()).body())
                .contains("/forlop/" + pathway.id() + "/tilstand").contains("/forlop/" + pathway.id() + "/avslutt");
    }
}
