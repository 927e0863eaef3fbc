package no.samspill.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samspill.access.PersonDataAccess;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.referral.Referral;
import no.samspill.referral.RegisterReferral;
import no.samspill.support.IntegrationTest;
import no.samspill.support.Referrals;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** /fhir accepts the same bearer JWTs as /api (HelseID-style token from a fake issuer), and refuses bad ones with 401. */
@IntegrationTest
class FhirBearerIT {

    static final FakeOidcIssuer ISSUER = new FakeOidcIssuer();
    static final String API_AUDIENCE = "samspill-api";

    @DynamicPropertySource
    static void issuers(DynamicPropertyRegistry registry) {
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
    @Autowired PersonDataAccess access;

    @Test
    void aBearerTokenReadsFhirThroughTheSameAccessDecisionAndBadTokensGet401() {
        Referral referral = access.asSystem(() -> registerReferral.register(Referrals.aReferral()
                .forPatient(new NationalIdNumber(DemoAccounts.PATIENT_NATIONAL_ID)).build(), "kari.koordinator"));
        String path = "/fhir/ServiceRequest/" + referral.id();

        HttpResponse<String> ok = get(path, clinicToken("openid user/*.read"));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(ok.body()).contains("\"resourceType\":\"ServiceRequest\"");
        assertThat(get("/fhir/Patient/" + referral.personId().value(), clinicToken("openid user/*.read")).statusCode())
                .isEqualTo(200);

        String expired = ISSUER.accessToken("helseid", API_AUDIENCE, Map.of("sub", "x"), Instant.now().minusSeconds(600));
        for (String token : List.of(expired, "not-a-jwt")) {
            HttpResponse<String> refused = get(path, token);
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
            assertThat(refused.body()).contains("OperationOutcome");
        }
    }

    @Test
    void smartScopesLimitWhatTheTokensClientMayDo() {
        Referral referral = access.asSystem(() -> registerReferral.register(Referrals.aReferral()
                .forPatient(new NationalIdNumber(DemoAccounts.PATIENT_NATIONAL_ID)).build(), "kari.koordinator"));
        String patientOnly = clinicToken("openid user/Patient.rs");
        assertThat(get("/fhir/Patient/" + referral.personId().value(), patientOnly).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = get("/fhir/ServiceRequest/" + referral.id(), patientOnly);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("OperationOutcome").contains("scopes");
        assertThat(get("/fhir/ServiceRequest/" + referral.id(), clinicToken("openid")).statusCode()).isEqualTo(403);
        // patient/ scopes need a patient user (no launch context yet); the metadata is open to all.
        assertThat(get("/fhir/Patient/" + referral.personId().value(), clinicToken("patient/*.read")).statusCode())
                .isEqualTo(403);
        assertThat(get("/fhir/metadata", clinicToken("openid")).statusCode()).isEqualTo(200);
    }

    private static String clinicToken(String scope) {
        return ISSUER.accessToken("helseid", API_AUDIENCE, Map.of("sub", "helseid-" + UUID.randomUUID(),
                "helseid://claims/hpr/hpr_number", "565500010",
                "helseid://claims/client/claims/orgnr_parent", DemoAccounts.CLINIC_NORD, "scope", scope),
                Instant.now().plusSeconds(300));
    }

    private HttpResponse<String> get(String path, String token) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Authorization", "Bearer " + token).header("Accept", "application/fhir+json").GET()
                            .build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
