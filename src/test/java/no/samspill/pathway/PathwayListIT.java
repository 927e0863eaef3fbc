package no.samspill.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.StreamSupport;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.samspill.person.PatientDetails;
import no.samspill.referral.NewReferral;
import no.samspill.referral.Referral;
import no.samspill.referral.RegisterReferral;
import no.samspill.referral.TriageDecision;
import no.samspill.referral.TriageOutcome;
import no.samspill.referral.TriageReferral;
import no.samspill.security.DemoAccounts;
import no.samspill.sickleave.RegisterSickLeavePeriod;
import no.samspill.support.AsUser;
import no.samspill.support.Browser;
import no.samspill.support.Http;
import no.samspill.support.IntegrationTest;
import no.samspill.support.Referrals;
import no.samspill.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The coordinator's pathway list: the own clinic only, filter, search, paging, bad input, who may see it. */
@IntegrationTest
@WithUserDetails("kari.koordinator")
class PathwayListIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired RegisterReferral registerReferral;
    @Autowired TriageReferral triageReferral;
    @Autowired PathwayQueries pathways;
    @Autowired RegisterSickLeavePeriod registerSickLeave;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcClient jdbc;

    String family;
    Referral first;
    Referral second;
    NewReferral secondIn;
    NewReferral midtIn;

    @BeforeEach
    void threePersonsOfOneFamilyNameInTwoClinics() {
        family = "Q" + IntStream.range(0, 9).mapToObj(i -> String.valueOf((char) ('a' + ThreadLocalRandom.current()
                .nextInt(26)))).collect(Collectors.joining());
        first = registerReferral.register(named(Referrals.aReferral().build(), "Åse", family), "kari.koordinator");
        secondIn = named(Referrals.aReferral().build(), "Bjørn", family);
        second = registerReferral.register(secondIn, "kari.koordinator");
        triageReferral.triage(second.id(), 0, new TriageDecision(TriageOutcome.RIGHT_TO_CARE,
                TestClock.TODAY.plusWeeks(4), null), "kari.koordinator");
        midtIn = named(Referrals.aReferral().toClinic(DemoAccounts.CLINIC_MIDT).build(), "Åse", family);
        new AsUser(userDetails).run("per.koordinator", () -> registerReferral.register(midtIn, "per.koordinator"));
    }

    @Test
    void theApiListsTheOwnClinicsPathwaysByNameNationalIdAndState() throws Exception {
        Http kari = new Http(port, "kari.koordinator");

        JsonNode byName = list(kari, "?q=" + family.substring(0, 6).toLowerCase(Locale.ROOT));
        assertThat(names(byName)).containsExactlyInAnyOrder("Åse " + family, "Bjørn " + family);
        assertThat(byName.get("tooManyNames").asBoolean()).isFalse();

        assertThat(names(list(kari, "?q=%C3%A5se%20" + family))).containsExactly("Åse " + family);
        JsonNode byId = list(kari, "?q=" + secondIn.patient().nationalId().value());
        assertThat(byId.get("items")).hasSize(1);
        assertThat(byId.get("items").get(0).get("state").asString()).isEqualTo("TRIAGED");
        assertThat(byId.get("items").get(0).get("id").asString())
                .isEqualTo(pathways.byReferral(second.id()).orElseThrow().id().toString());
        assertThat(names(list(kari, "?state=REFERRED&q=" + family))).containsExactly("Åse " + family);
        assertThat(names(list(kari, "?q=" + midtIn.patient().nationalId().value()))).isEmpty();

        // Paging: one per page.
        JsonNode page0 = list(kari, "?q=" + family + "&size=1");
        JsonNode page1 = list(kari, "?q=" + family + "&size=1&page=1");
        assertThat(page0.get("hasNext").asBoolean()).isTrue();
        assertThat(page1.get("hasNext").asBoolean()).isFalse();
        assertThat(names(page0)).doesNotContainAnyElementsOf(names(page1));

        // Every person listed passed the access decision (and is in the access log).
        UUID firstPerson = first.personId().value();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE ? = ANY(person_ids) AND username = 'kari.koordinator'"
                + " AND resource_type = 'Patient' AND action = 'READ' AND allowed").param(firstPerson)
                .query(Integer.class).single()).isPositive();
    }

    @Test
    void badParametersAre400NamingTheField() throws Exception {
        Http kari = new Http(port, "kari.koordinator");
        for (String[] bad : new String[][] {{"?page=-1", "page"}, {"?page=x", "page"}, {"?size=0", "size"},
                {"?size=201", "size"}, {"?state=FLYING", "state"}, {"?q=1234", "q"}, {"?q=01819012366", "q"},
                {"?q=a", "q"}, {"?q=%25%25", "q"}}) {
            HttpResponse<String> response = kari.get("/api/v1/pathways" + bad[0]);
            assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(JSON.readTree(response.body()).get("errors").get(0).get("field").asString()).as(bad[0])
                    .isEqualTo(bad[1]);
        }
    }

    @Test
    void theListIsInTheOpenApiDescriptionWithItsParameters() throws Exception {
        JsonNode docs = JSON.readTree(new Http(port, "kari.koordinator").get("/v3/api-docs").body());
        JsonNode get = docs.path("paths").path("/api/v1/pathways").path("get");
        assertThat(StreamSupport.stream(get.path("parameters").spliterator(), false).map(p -> p.path("name").asString()))
                .containsExactlyInAnyOrder("state", "q", "page", "size");
        assertThat(get.path("summary").asString()).isEqualTo("The clinic's pathways, newest first");
    }

    @Test
    void onlyTheClinicTeamHasTheList() {
        assertThat(new Http(port, "lars.leder").get("/api/v1/pathways").statusCode()).isEqualTo(403);
        assertThat(new Http(port, "gunnar.fastlege").get("/api/v1/pathways").statusCode()).isEqualTo(403);
        assertThat(new Browser(port).logIn("pia.pasient").get("/forlop").statusCode()).isEqualTo(403);
        // The other clinic's coordinator sees the own clinic's person of that name only.
        assertThat(new Browser(port).logIn("per.koordinator").get("/forlop?q=" + family).body())
                .contains("Åse " + family).doesNotContain("Bjørn " + family)
                .doesNotContain("/forlop/" + pathways.byReferral(first.id()).orElseThrow().id());
    }

    @Test
    void thePageSearchesShowsBadInputAtTheFieldAndIsInTheMainNavigation() {
        Browser kari = new Browser(port).logIn("kari.koordinator");
        HttpResponse<String> page = kari.get("/forlop?q=" + family);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/forlop\"").contains("Åse " + family).contains("Bjørn " + family)
                .contains("/forlop/" + pathways.byReferral(first.id()).orElseThrow().id());

        HttpResponse<String> bad = kari.get("/forlop?q=1234");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"filter-q-feil\"").contains("fødselsnummer");
    }

    @Test
    void thePathwayPageExplainsTheMaxDate() {
        registerSickLeave.register(first.personId(), TestClock.TODAY.minusWeeks(5), TestClock.TODAY.plusWeeks(4), 100,
                "kari.koordinator");
        String page = new Browser(port).logIn("kari.koordinator")
                .get("/forlop/" + pathways.byReferral(first.id()).orElseThrow().id()).body();
        assertThat(page).contains("id=\"maksdato-hjelp\"").contains("Navs egen maksdato er den som gjelder");
    }

    private static NewReferral named(NewReferral r, String given, String familyName) {
        return new NewReferral(r.clinicOrgNumber(), r.referrer(), new PatientDetails(r.patient().nationalId(), given,
                familyName, null, null), r.employment(), r.receivedOn(), r.sickLeave(), r.complaintGroup(),
                r.diagnosis(), r.triedSoFar(), r.workGoal(), r.coordinator());
    }

    private static JsonNode list(Http http, String query) throws Exception {
        HttpResponse<String> response = http.get("/api/v1/pathways" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> names(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(i -> i.get("patientName").asString())
                .toList();
    }
}
