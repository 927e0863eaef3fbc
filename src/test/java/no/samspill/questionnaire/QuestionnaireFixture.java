package no.samspill.questionnaire;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import no.samspill.support.Http;
import no.samspill.support.TestClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test helper: a pathway with assigned instruments and links, over the JSON API as kari.koordinator. */
final class QuestionnaireFixture {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PHQ = "https://samspill.no/fhir/Questionnaire/phq-9|1.0.0";
    static final String GAD = "https://samspill.no/fhir/Questionnaire/gad-7|1.0.0";

    private final int port;
    final Http kari;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    QuestionnaireFixture(int port) {
        this.port = port;
        this.kari = new Http(port, "kari.koordinator");
    }

    /** Assigns the instruments with the standard schedule from today; returns the overview JSON. */
    JsonNode assign(UUID pathwayId, String... instruments) {
        String list = String.join(",", java.util.Arrays.stream(instruments).map(i -> "\"" + i + "\"").toList());
        HttpResponse<String> r = kari.send("POST", "/api/v1/pathways/" + pathwayId + "/questionnaires",
                "{\"instruments\":[" + list + "],\"baseline\":\"" + TestClock.TODAY + "\"}");
        if (r.statusCode() != 201) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    UUID baselineRound(JsonNode overview) {
        for (JsonNode r : overview.path("rounds")) {
            if (r.path("label").asString().equals("BASELINE")) {
                return UUID.fromString(r.path("id").asString());
            }
        }
        throw new IllegalStateException("no baseline round");
    }

    /** Sends the round's link and returns its token. */
    String token(UUID pathwayId, UUID roundId) {
        HttpResponse<String> r = kari.send("POST", "/api/v1/pathways/" + pathwayId + "/questionnaire-rounds/" + roundId
                + "/link", null);
        if (r.statusCode() != 201) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        String url = JSON.readTree(r.body()).path("url").asString();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    HttpResponse<String> submit(String token, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/questionnaire-responses"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("X-Samspill-Link-Token", token);
        }
        return send(b);
    }

    HttpResponse<String> page(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
    }

    static String answers(String prefix, int count, String value) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 1; i <= count; i++) {
            s.append(i == 1 ? "" : ",").append("{\"linkId\":\"").append(prefix).append(i).append("\",\"value\":\"")
                    .append(value).append("\"}");
        }
        return s.append("]").toString();
    }

    static String body(String questionnaire, String answers) {
        return "{\"questionnaire\":\"" + questionnaire + "\",\"answers\":" + answers + "}";
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return client.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
