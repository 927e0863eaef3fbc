package no.samspill.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.samspill.support.Browser;
import no.samspill.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** /actuator/health: the status and its components for anyone (monitoring); the details only for a logged-in user. */
@IntegrationTest
class HealthEndpointIT {

    @LocalServerPort int port;

    @Test
    void anonymousCallersSeeTheStatusOfTheDatabaseButNoDetails() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"db\"")
                .doesNotContain("\"details\"").doesNotContain("PostgreSQL");
    }

    @Test
    void aLoggedInUserSeesTheDatabaseDetails() {
        HttpResponse<String> response = new Browser(port).logIn("kari.koordinator").get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"db\"").contains("\"details\"").contains("PostgreSQL");
    }
}
