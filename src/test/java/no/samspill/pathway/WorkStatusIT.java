package no.samspill.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import no.samspill.referral.Referral;
import no.samspill.referral.RegisterReferral;
import no.samspill.shared.ConcurrentChangeException;
import no.samspill.shared.InvalidInputException;
import no.samspill.support.Browser;
import no.samspill.support.Http;
import no.samspill.support.IntegrationTest;
import no.samspill.support.Referrals;
import no.samspill.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithUserDetails("kari.koordinator")
class WorkStatusIT {

    @Autowired RegisterReferral registerReferral;
    @Autowired PathwayQueries pathways;
    @Autowired RecordWorkStatus recordWorkStatus;
    @LocalServerPort int port;

    Pathway newPathway() {
        Referral referral = registerReferral.register(Referrals.aReferral().build(), "kari.koordinator");
        return pathways.byReferral(referral.id()).orElseThrow();
    }

    @Test
    void aPointIsRecordedOnceAndThenCorrectedAtTheVersionSeen() {
        Pathway pathway = newPathway();
        recordWorkStatus.record(pathway.id(), 3, WorkStatus.NOT_WORKING, TestClock.TODAY, null, "kari.koordinator");
        assertThatThrownBy(() -> recordWorkStatus.record(pathway.id(), 3, WorkStatus.FULL, TestClock.TODAY, null,
                "kari.koordinator")).isInstanceOf(ConcurrentChangeException.class);
        recordWorkStatus.record(pathway.id(), 3, WorkStatus.FULL, TestClock.TODAY, 0, "kari.koordinator");
        assertThat(pathways.workStatuses(pathway.id())).singleElement()
                .satisfies(w -> assertThat(w.status()).isEqualTo(WorkStatus.FULL))
                .satisfies(w -> assertThat(w.version()).isEqualTo(1));
    }

    @Test
    void onlyThreeSixOrTwelveMonthsAndNoFutureDate() {
        Pathway pathway = newPathway();
        assertThatThrownBy(() -> recordWorkStatus.record(pathway.id(), 4, WorkStatus.FULL,
                TestClock.TODAY.plusDays(1), null, "kari.koordinator"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("months", "recordedOn"));
    }

    @Test
    void theApiAndThePathwayPageRecordIt() {
        Pathway pathway = newPathway();
        Http api = new Http(port, "kari.koordinator");
        var ok = api.send("PUT", "/api/v1/pathways/" + pathway.id() + "/work-status/6",
                "{\"status\":\"AAP\",\"recordedOn\":\"" + TestClock.TODAY + "\"}");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"AAP\"");
        var bad = api.send("PUT", "/api/v1/pathways/" + pathway.id() + "/work-status/5",
                "{\"status\":\"AAP\",\"recordedOn\":\"" + TestClock.TODAY + "\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"months\"");

        Browser browser = new Browser(port).logIn("kari.koordinator");
        var posted = browser.post("/forlop/" + pathway.id() + "/arbeidsstatus",
                Map.of("months", "12", "status", "EDUCATION", "recordedOn", TestClock.TODAY.toString()));
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(browser.get("/forlop/" + pathway.id()).body()).contains("Arbeidsstatus etter kartlegging",
                "12 måneder", "Utdanning");
        assertThat(browser.post("/forlop/" + pathway.id() + "/arbeidsstatus", Map.of("months", "x")).statusCode())
                .isEqualTo(400);
    }
}
