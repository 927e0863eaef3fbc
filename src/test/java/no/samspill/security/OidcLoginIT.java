package no.samspill.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.referral.Referral;
import no.samspill.referral.RegisterReferral;
import no.samspill.support.IntegrationTest;
import no.samspill.support.Referrals;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * OIDC log-in and bearer tokens against a fake issuer on loopback ({@link FakeOidcIssuer}): the whole authorization-code
 * flow with PKCE, driven by a plain HTTP client that follows each redirect by hand and keeps cookies.
 */
@IntegrationTest
@WithUserDetails("kari.koordinator")
class OidcLoginIT {

    static final FakeOidcIssuer ISSUER = new FakeOidcIssuer();
    static final String API_AUDIENCE = "samspill-api";
    static final String HPR_CLAIM = "helseid://claims/hpr/hpr_number";
    static final String ORG_CLAIM = "helseid://claims/client/claims/orgnr_parent";

    @DynamicPropertySource
    static void issuers(DynamicPropertyRegistry registry) {
        for (String name : List.of("idporten", "helseid")) {
            String registration = "spring.security.oauth2.client.registration." + name;
            registry.add(registration + ".client-id", () -> "samspill-" + name);
            registry.add(registration + ".client-secret", () -> FakeOidcIssuer.CLIENT_SECRET);
            registry.add(registration + ".scope", () -> "openid");
            registry.add("spring.security.oauth2.client.provider." + name + ".issuer-uri", () -> ISSUER.issuer(name));
        }
        registry.add("samspill.oidc.helseid.clinic-organisations." + DemoAccounts.CLINIC_NORD, () -> "COORDINATOR");
        registry.add("samspill.oidc.api[0].issuer-uri", () -> ISSUER.issuer("helseid"));
        registry.add("samspill.oidc.api[0].provider", () -> "helseid");
        registry.add("samspill.oidc.api[0].audiences[0]", () -> API_AUDIENCE);
    }

    @AfterAll
    static void stop() {
        ISSUER.close();
    }

    @LocalServerPort int port;
    @Autowired RegisterReferral registerReferral;
    @Autowired PathwayQueries pathways;

    static Pathway demoPatientsPathway;

    @BeforeEach
    void theDemoPatientHasAPathway() {
        if (demoPatientsPathway == null) {
            Referral referral = registerReferral.register(Referrals.aReferral()
                    .forPatient(new NationalIdNumber(DemoAccounts.PATIENT_NATIONAL_ID)).build(), "kari.koordinator");
            demoPatientsPathway = pathways.byReferral(referral.id()).orElseThrow();
        }
    }

    @Test
    void aPatientLogsInWithIdPortenAndSeesTheirPathway() {
        ISSUER.nextLogin("idporten", Map.of("sub", "pairwise-abc", "pid", DemoAccounts.PATIENT_NATIONAL_ID,
                "acr", "idporten-loa-substantial"));
        Browser browser = new Browser();

        List<HttpResponse<String>> hops = browser.follow("/oauth2/authorization/idporten");

        assertThat(hops.get(0).headers().firstValue("Location").orElseThrow())
                .startsWith(ISSUER.issuer("idporten") + "/authorize?")
                .contains("code_challenge=", "nonce=", "acr_values=idporten-loa-substantial");
        HttpResponse<String> last = hops.get(hops.size() - 1);
        assertThat(last.uri().getPath()).isEqualTo("/mitt");
        assertThat(last.statusCode()).isEqualTo(200);
        assertThat(last.body()).contains("Mitt forløp", "Forløp startet");

        HttpResponse<String> again = browser.get("/mitt");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(browser.get("/arbeidsliste").statusCode()).as("a patient is not clinic staff").isEqualTo(403);
    }

    @Test
    void idPortenBelowSubstantialIsRefused() {
        ISSUER.nextLogin("idporten", Map.of("sub", "pairwise-low", "pid", DemoAccounts.PATIENT_NATIONAL_ID,
                "acr", "idporten-loa-low"));
        Browser browser = new Browser();

        HttpResponse<String> last = last(browser.follow("/oauth2/authorization/idporten"));

        assertThat(last.uri().getPath()).isEqualTo("/login");
        assertThat(last.uri().getQuery()).isEqualTo("avvist=insufficient-acr");
        assertThat(last.body()).contains("Innlogging avvist: for lavt sikkerhetsnivå");
        assertThat(browser.get("/mitt").statusCode()).as("not logged in").isEqualTo(302);
    }

    @Test
    void aPidWithWrongCheckDigitsIsRefused() {
        String wrong = DemoAccounts.PATIENT_NATIONAL_ID.substring(0, 10)
                + ((DemoAccounts.PATIENT_NATIONAL_ID.charAt(10) - '0' + 1) % 10);
        ISSUER.nextLogin("idporten", Map.of("sub", "pairwise-bad", "pid", wrong, "acr", "idporten-loa-high"));
        Browser browser = new Browser();

        HttpResponse<String> last = last(browser.follow("/oauth2/authorization/idporten"));

        assertThat(last.uri().toString()).endsWith("/login?avvist=invalid-national-id");
        assertThat(last.body()).contains("fødselsnummeret fra ID-porten er ugyldig").doesNotContain(wrong);
        assertThat(browser.get("/mitt").statusCode()).isEqualTo(302);
    }

    @Test
    void healthPersonnelFromHelseIdGetTheirRoleAndHprNumber() {
        ISSUER.nextLogin("helseid", Map.of("sub", "helseid-sub-1", "name", "Hanne Helse", HPR_CLAIM, "565500009",
                ORG_CLAIM, DemoAccounts.CLINIC_NORD));
        Browser browser = new Browser();

        HttpResponse<String> last = last(browser.follow("/oauth2/authorization/helseid"));

        assertThat(last.uri().getPath()).as("a coordinator starts on the worklist").isEqualTo("/arbeidsliste");
        assertThat(last.statusCode()).isEqualTo(200);
        assertThat(last.body()).contains("Hanne Helse");
        // The same session on the API: the principal carries the role and HPR number the mapping gave.
        HttpResponse<String> api = browser.get("/api/v1/pathways/" + demoPatientsPathway.id());
        assertThat(api.statusCode()).isEqualTo(200);
    }

    @Test
    void aGpFromHelseIdWithoutHprIsRefused() {
        ISSUER.nextLogin("helseid", Map.of("sub", "helseid-sub-2", ORG_CLAIM, DemoAccounts.GP_OFFICE));
        HttpResponse<String> last = last(new Browser().follow("/oauth2/authorization/helseid"));
        assertThat(last.uri().toString()).endsWith("/login?avvist=missing-hpr");
    }

    @Test
    void aBearerTokenFromTheTrustedIssuerReadsAPathwayAsClinicStaff() {
        String token = ISSUER.accessToken("helseid", API_AUDIENCE, clinicClaims(), Instant.now().plusSeconds(300));

        HttpResponse<String> response = api("/api/v1/pathways/" + demoPatientsPathway.id(), token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(demoPatientsPathway.id().toString());
    }

    @Test
    void bearerTokensSignedByAnotherKeyExpiredOrForAnotherAudienceAreRefused() {
        String path = "/api/v1/pathways/" + demoPatientsPathway.id();
        String stranger = FakeOidcIssuer.signedByStranger(ISSUER.issuer("helseid"), API_AUDIENCE, clinicClaims());
        String expired = ISSUER.accessToken("helseid", API_AUDIENCE, clinicClaims(), Instant.now().minusSeconds(600));
        String otherAudience = ISSUER.accessToken("helseid", "some-other-api", clinicClaims(), Instant.now().plusSeconds(300));
        String untrustedIssuer = ISSUER.accessToken("idporten", API_AUDIENCE, clinicClaims(), Instant.now().plusSeconds(300));

        for (String token : List.of(stranger, expired, otherAudience, untrustedIssuer, "not-a-jwt")) {
            HttpResponse<String> response = api(path, token);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
    }

    @Test
    void demoAccountsStillUseHttpBasicAndAnonymousWritesStill401() throws Exception {
        HttpResponse<String> basic = new no.samspill.support.Http(port, "kari.koordinator")
                .get("/api/v1/pathways/" + demoPatientsPathway.id());
        assertThat(basic.statusCode()).isEqualTo(200);
        HttpResponse<String> anonymous = new no.samspill.support.Http(port, null)
                .send("POST", "/api/v1/pathways/" + demoPatientsPathway.id() + "/tasks", "{}");
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private static Map<String, Object> clinicClaims() {
        return Map.of("sub", "helseid-api-" + UUID.randomUUID(), HPR_CLAIM, "565500010", ORG_CLAIM,
                DemoAccounts.CLINIC_NORD, "scope", "openid user/*.read");
    }

    private HttpResponse<String> api(String path, String token) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> last(List<HttpResponse<String>> hops) {
        return hops.get(hops.size() - 1);
    }

    /** A cookie-keeping client that follows redirects itself, so the test sees every hop. */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> get(String pathOrUrl) {
            URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : URI.create("http://localhost:" + port + pathOrUrl);
            try {
                return client.send(HttpRequest.newBuilder(uri).GET().timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        List<HttpResponse<String>> follow(String start) {
            List<HttpResponse<String>> hops = new ArrayList<>();
            HttpResponse<String> response = get(start);
            hops.add(response);
            while (response.statusCode() / 100 == 3 && hops.size() < 10) {
                URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
                response = get(next.toString());
                hops.add(response);
            }
            return hops;
        }
    }
}
