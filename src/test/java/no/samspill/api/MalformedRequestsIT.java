package no.samspill.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samspill.pathway.AddTask;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.pathway.PathwayTask;
import no.samspill.referral.Referral;
import no.samspill.referral.RegisterReferral;
import no.samspill.sickleave.RegisterSickLeavePeriod;
import no.samspill.support.Http;
import no.samspill.support.IntegrationTest;
import no.samspill.support.Referrals;
import no.samspill.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every write endpoint of the JSON API, found from Spring's own mappings (so new ones are covered without editing this
 * test), gets a batch of malformed requests. Each must answer 4xx with a problem+json body, never 5xx.
 */
@IntegrationTest
@WithUserDetails("kari.koordinator")
class MalformedRequestsIT {

    static final List<String> BAD_BODIES = List.of("", "{", "[]", "null", "\"text\"", "42", "{\"unknownField\":1}",
            "{\"version\":\"not a number\"}", "{\"version\":1.5}", "{\"version\":-1,\"reason\":\"" + "x".repeat(5000) + "\"}",
            "{\"from\":\"2026-13-45\",\"to\":\"yesterday\",\"grade\":\"full\"}",
            "{\"from\":\"2026-11-20\",\"to\":\"2026-11-01\",\"grade\":50}",
            "{\"from\":\"2026-11-01\",\"to\":\"2026-11-20\",\"grade\":250}",
            "{\"version\":0,\"state\":\"FLYING\"}", "{\"version\":0,\"outcome\":null}",
            "{\"title\":\"\",\"owner\":\"\",\"dueDate\":\"1999-01-01\"}",
            "{\"metOn\":\"2099-01-01\"}",
            "{\"referrer\":{\"kind\":\"GP\",\"name\":\"x\"},\"patient\":{\"nationalId\":\"01010112345\",\"givenName\":\"a\","
                    + "\"familyName\":\"b\"},\"receivedOn\":\"2030-01-01\",\"sickLeave\":{\"status\":\"PARTIAL\",\"grade\":0},"
                    + "\"complaintGroup\":\"MUSCULOSKELETAL\",\"diagnosis\":{\"system\":\"ICD10\",\"code\":\"nope\"}}",
            "{\"version\":0,\"outcome\":\"RIGHT_TO_CARE\",\"latestStartDate\":\"2020-01-01\"}");

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired RegisterReferral registerReferral;
    @Autowired PathwayQueries pathways;
    @Autowired AddTask addTask;
    @Autowired RegisterSickLeavePeriod registerSickLeave;

    Referral referral;
    Pathway pathway;
    PathwayTask task;
    UUID periodId;

    @BeforeEach
    void somethingToWriteTo() {
        referral = registerReferral.register(Referrals.aReferral().build(), "kari.koordinator");
        pathway = pathways.byReferral(referral.id()).orElseThrow();
        task = addTask.add(pathway.id(), "Ring", "kari.koordinator", TestClock.TODAY.plusDays(3), "kari.koordinator");
        periodId = registerSickLeave.register(referral.personId(), TestClock.TODAY.minusWeeks(3), TestClock.TODAY, 100,
                "kari.koordinator").id();
    }

    @Test
    void everyWriteEndpointAnswersMalformedInputWith4xxProblems() {
        List<Endpoint> endpoints = writeEndpoints();
        assertThat(endpoints).as("write endpoints found").hasSizeGreaterThanOrEqualTo(10);
        Http http = new Http(port, "kari.koordinator");
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Endpoint endpoint : endpoints) {
            for (String path : concretePaths(endpoint.pattern())) {
                for (String body : BAD_BODIES) {
                    HttpResponse<String> response = http.send(endpoint.method(), path, body);
                    sent++;
                    int status = response.statusCode();
                    boolean problem = response.headers().firstValue("Content-Type").orElse("")
                            .startsWith("application/problem+json");
                    if (status < 400 || status >= 500 || !problem) {
                        failures.add(endpoint.method() + " " + path + " " + abbreviate(body) + " -> " + status + " "
                                + abbreviate(response.body()));
                    }
                }
            }
        }
        assertThat(failures).as("of %d malformed requests", sent).isEmpty();
    }

    @Test
    void withoutLoginEveryWriteEndpointAnswers401() {
        Http anonymous = new Http(port, null);
        for (Endpoint endpoint : writeEndpoints()) {
            String path = concretePaths(endpoint.pattern()).get(0);
            int status = anonymous.send(endpoint.method(), path, "{}").statusCode();
            if (LINK_TOKEN_ENDPOINTS.contains(endpoint.pattern())) {
                // Authenticated by the patient's single-use link token in the body: without one, refused as bad input.
                assertThat(status).as(endpoint.method() + " " + path).isBetween(400, 499);
            } else {
                assertThat(status).as(endpoint.method() + " " + path).isEqualTo(401);
            }
        }
    }

    /** Write endpoints that a patient reaches with a link token instead of a log-in. */
    static final Set<String> LINK_TOKEN_ENDPOINTS = Set.of("/api/v1/questionnaire-responses");

    private List<Endpoint> writeEndpoints() {
        Set<Endpoint> result = new LinkedHashSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    if (method == RequestMethod.POST || method == RequestMethod.PUT || method == RequestMethod.PATCH
                            || method == RequestMethod.DELETE) {
                        result.add(new Endpoint(method.name(), pattern));
                    }
                }
            }
        }
        return List.copyOf(result);
    }

    /** The same route with real ids (so the body is what is wrong), unknown ids and ids that are not ids. */
    private List<String> concretePaths(String pattern) {
        String real = pattern.replace("{id}", pattern.contains("/referrals") ? referral.id().toString() : pathway.id().toString())
                .replace("{taskId}", task.id().toString()).replace("{periodId}", periodId.toString())
                .replace("{kind}", "FOLLOW_UP_PLAN").replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        String unknown = pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        String garbage = pattern.replaceAll("\\{[^}]+}", "not-an-id");
        return List.of(real, unknown, garbage);
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    record Endpoint(String method, String pattern) {
    }
}
