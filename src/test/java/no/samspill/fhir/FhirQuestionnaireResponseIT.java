package no.samspill.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.samspill.access.GrantConsent;
import no.samspill.access.InformationCategory;
import no.samspill.access.Party;
import no.samspill.access.PersonDataAccess;
import no.samspill.access.Purpose;
import no.samspill.instrument.InstrumentRef;
import no.samspill.person.PersonId;
import no.samspill.questionnaire.PersonScore;
import no.samspill.questionnaire.NoOpenPathwayException;
import no.samspill.questionnaire.QuestionnaireQueries;
import no.samspill.questionnaire.RecordResponse;
import no.samspill.security.DemoAccounts;
import no.samspill.support.Http;
import no.samspill.support.IntegrationTest;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * QuestionnaireResponse create/read/search and Observation over /fhir: the same answers through the patient's link
 * and through FHIR give the same stored score; concurrent creates fill an open round once; the patient may record
 * their own; bad input is a 4xx OperationOutcome
 * and stores nothing; a double submit through one link stores one response however the requests are batched; scores
 * never reach the employer and reach NAV only with the patient's consent.
 */
@IntegrationTest
@Import(FhirTestData.class)
class FhirQuestionnaireResponseIT {

    static final String PHQ = "https://samspill.no/fhir/Questionnaire/phq-9|1.0.0";
    static final String GAD = "https://samspill.no/fhir/Questionnaire/gad-7|1.0.0";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired FhirTestData data;
    @Autowired QuestionnaireQueries queries;
    @Autowired PersonDataAccess access;
    @Autowired GrantConsent grantConsent;
    @Autowired JdbcClient jdbc;
    @Autowired RecordResponse record;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void theSameAnswersThroughTheLinkAndThroughFhirAreScoredAndStoredAlike() {
        String[] codes = {"3", "2", "2", "1", "3", "0", "2", "1", "0"};
        FhirTestData.Subject byLink = data.freshRelated();
        FhirTestData.Subject byFhir = data.freshRelated();
        Http kari = new Http(port, "kari.koordinator");
        UUID linkRound = assignPhqBaseline(kari, byLink);
        UUID fhirRound = assignPhqBaseline(kari, byFhir);

        String token = token(kari, byLink, linkRound);
        StringBuilder answers = new StringBuilder();
        for (int i = 0; i < codes.length; i++) {
            answers.append(i == 0 ? "" : ",").append("{\"linkId\":\"phq9-").append(i + 1).append("\",\"value\":\"")
                    .append(codes[i]).append("\"}");
        }
        HttpResponse<String> viaLink = submitByLink(token, "{\"questionnaire\":\"" + PHQ + "\",\"answers\":[" + answers
                + "]}");
        assertThat(viaLink.statusCode()).as(viaLink.body()).isEqualTo(201);
        UUID linkResponse = UUID.fromString(JSON.readTree(viaLink.body()).path("responseId").asString());

        HttpResponse<String> viaFhir = kari.send("POST", "/fhir/QuestionnaireResponse", response(byFhir.personId(), PHQ,
                "phq9-", codes));
        assertThat(viaFhir.statusCode()).as(viaFhir.body()).isEqualTo(201);
        assertThat(viaFhir.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .contains("/fhir/QuestionnaireResponse/"));
        QuestionnaireResponse created = (QuestionnaireResponse) FhirTestData.parse(viaFhir);
        UUID fhirResponse = UUID.fromString(created.getIdElement().getIdPart());
        assertThat(created.getQuestionnaire()).isEqualTo(PHQ);
        assertThat(created.getItem()).hasSize(9);

        PersonScore a = access.asSystem(() -> queries.score(linkResponse)).orElseThrow();
        PersonScore b = access.asSystem(() -> queries.score(fhirResponse)).orElseThrow();
        assertThat(a.score().total()).isEqualTo(14);
        assertThat(b.score()).usingRecursiveComparison()
                .ignoringFields("responseId", "roundId", "scoredAt").isEqualTo(a.score());
        // The FHIR response filled the patient's open baseline round, which is now answered.
        assertThat(b.score().roundId()).isEqualTo(fhirRound);
        assertThat(jdbc.sql("SELECT completed_at IS NOT NULL FROM questionnaire_round WHERE id = ?").param(fhirRound)
                .query(Boolean.class).single()).isTrue();

        Observation linkObs = (Observation) FhirTestData.parse(kari.get("/fhir/Observation/" + linkResponse));
        Observation fhirObs = (Observation) FhirTestData.parse(kari.get("/fhir/Observation/" + fhirResponse));
        assertThat(((IntegerType) fhirObs.getValue()).getValue()).isEqualTo(14)
                .isEqualTo(((IntegerType) linkObs.getValue()).getValue());
        assertThat(fhirObs.getCode().getCodingFirstRep().getCode()).isEqualTo("44261-6");
        assertThat(fhirObs.getDerivedFromFirstRep().getReference()).isEqualTo("QuestionnaireResponse/" + fhirResponse);
        assertThat(fhirObs.getComponent()).anyMatch(c -> c.getCode().getCodingFirstRep().getCode().equals("severity-band")
                && c.getValueCodeableConcept().getText().equals(linkObs.getComponent().stream()
                .filter(l -> l.getCode().getCodingFirstRep().getCode().equals("severity-band")).findFirst()
                .orElseThrow().getValueCodeableConcept().getText()));
    }

    @Test
    void withoutAnOpenRoundTheResponseOpensAnUnscheduledRoundAndAnIncompleteScoreIsFlagged() {
        FhirTestData.Subject subject = data.freshRelated();
        Http kari = new Http(port, "kari.koordinator");
        HttpResponse<String> created = kari.send("POST", "/fhir/QuestionnaireResponse",
                response(subject.personId(), GAD, "gad7-", "1", "1", "1", "1", "1", "1"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = ((QuestionnaireResponse) FhirTestData.parse(created)).getIdElement().getIdPart();
        assertThat(jdbc.sql("""
                SELECT r.label FROM questionnaire_round r JOIN questionnaire_response x ON x.round_id = r.id
                WHERE x.id = ?""").param(UUID.fromString(id)).query(String.class).single()).isEqualTo("UNSCHEDULED");
        // Answered by this one response, the unscheduled round is complete from the start and never on a worklist.
        assertThat(jdbc.sql("""
                SELECT r.completed_at IS NOT NULL FROM questionnaire_round r JOIN questionnaire_response x
                ON x.round_id = r.id WHERE x.id = ?""").param(UUID.fromString(id)).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM worklist_item w JOIN questionnaire_response x ON w.ref = x.round_id::text
                WHERE x.id = ?""").param(UUID.fromString(id)).query(Integer.class).single()).isZero();
        Observation obs = (Observation) FhirTestData.parse(kari.get("/fhir/Observation/" + id));
        assertThat(obs.hasValue()).isFalse();
        assertThat(obs.getDataAbsentReason().getCodingFirstRep().getCode()).isEqualTo("unknown");
        assertThat(obs.getDataAbsentReason().getText()).contains("gad7-7");
        assertThat(obs.getCode().getCodingFirstRep().getCode()).isEqualTo("70274-6");
    }

    @Test
    void searchesFilterByStatusDateQuestionnaireAndCodeAndPage() {
        FhirTestData.Subject subject = data.freshRelated();   // has one PHQ-9 already
        Http kari = new Http(port, "kari.koordinator");
        assertThat(kari.send("POST", "/fhir/QuestionnaireResponse", response(subject.personId(), GAD, "gad7-",
                "0", "0", "1", "0", "0", "1", "0")).statusCode()).isEqualTo(201);
        String patient = "patient=Patient/" + subject.personId();
        assertThat(entries(kari.get("/fhir/QuestionnaireResponse?" + patient))).hasSize(2);
        assertThat(entries(kari.get("/fhir/QuestionnaireResponse?" + patient + "&status=completed"))).hasSize(2);
        assertThat(entries(kari.get("/fhir/QuestionnaireResponse?" + patient + "&status=in-progress"))).isEmpty();
        assertThat(entries(kari.get("/fhir/QuestionnaireResponse?" + patient + "&questionnaire=" + GAD.replace("|", "%7C")))).hasSize(1);
        assertThat(entries(kari.get("/fhir/QuestionnaireResponse?" + patient + "&authored=ge2026-11-24"))).hasSize(2);
        assertThat(entries(kari.get("/fhir/QuestionnaireResponse?" + patient + "&authored=lt2026-11-01"))).isEmpty();
        assertThat(entries(kari.get("/fhir/QuestionnaireResponse?" + patient + "&_lastUpdated=ge2026-11-01"))).hasSize(2);
        Bundle page = (Bundle) FhirTestData.parse(kari.get("/fhir/QuestionnaireResponse?" + patient + "&_count=1"));
        assertThat(page.getEntry()).hasSize(1);
        assertThat(page.getLink("next")).isNotNull();
        assertThat(entries(kari.get("/fhir/Observation?" + patient))).hasSize(2);
        assertThat(entries(kari.get("/fhir/Observation?" + patient + "&code=http://loinc.org%7C70274-6"))).hasSize(1);
        assertThat(entries(kari.get("/fhir/Observation?" + patient + "&code=44261-6&status=final"))).hasSize(1);
        assertThat(entries(kari.get("/fhir/Observation?" + patient + "&date=lt2026-01-01"))).isEmpty();
    }

    @Test
    void thePatientRecordsTheirOwnResponseAndItIsInTheirAccessLog() {
        FhirTestData.Subject subject = data.related();   // the demo patient, pia.pasient
        Http pia = new Http(port, "pia.pasient");
        HttpResponse<String> created = pia.send("POST", "/fhir/QuestionnaireResponse", response(subject.personId(), GAD,
                "gad7-", "0", "1", "0", "1", "0", "1", "0"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = ((QuestionnaireResponse) FhirTestData.parse(created)).getIdElement().getIdPart();
        assertThat(pia.get("/fhir/QuestionnaireResponse/" + id).statusCode()).isEqualTo(200);
        assertThat(new Http(port, "kari.koordinator").get("/fhir/QuestionnaireResponse/" + id).statusCode())
                .isEqualTo(200);
        HttpResponse<String> log = pia.get("/fhir/AuditEvent?patient=" + subject.personId());
        assertThat(log.body()).contains("QuestionnaireResponse").contains("kari.koordinator");
    }

    @Test
    void badInputIsA4xxOperationOutcomeAndStoresNothing() {
        FhirTestData.Subject subject = data.freshRelated();
        Http kari = new Http(port, "kari.koordinator");
        String[] ok = {"0", "0", "0", "0", "0", "0", "0"};
        int before = storedResponses(subject);
        assertOutcome(kari.send("POST", "/fhir/QuestionnaireResponse", "{\"resourceType\": \"QuestionnaireRes"), 400);
        assertOutcome(kari.send("POST", "/fhir/QuestionnaireResponse", "{\"resourceType\":\"Patient\"}"), 400);
        assertOutcome(kari.send("POST", "/fhir/QuestionnaireResponse", response(UUID.randomUUID(), GAD, "gad7-", ok)), 422);
        assertOutcome(kari.send("POST", "/fhir/QuestionnaireResponse",
                response(subject.personId(), "https://samspill.no/fhir/Questionnaire/gad-7|9.9.9", "gad7-", ok)), 422);
        assertOutcome(kari.send("POST", "/fhir/QuestionnaireResponse",
                response(subject.personId(), "gad-7", "gad7-", ok)), 422);
        assertOutcome(kari.send("POST", "/fhir/QuestionnaireResponse",
                response(subject.personId(), GAD, "gad7-", "0", "0", "7", "0", "0", "0", "0")), 422);
        assertOutcome(kari.send("POST", "/fhir/QuestionnaireResponse",
                response(subject.personId(), GAD, "gad7x-", ok)), 422);
        QuestionnaireResponse inProgress = FhirTestData.FHIR.newJsonParser().parseResource(QuestionnaireResponse.class,
                response(subject.personId(), GAD, "gad7-", ok));
        inProgress.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
        assertOutcome(kari.send("POST", "/fhir/QuestionnaireResponse",
                FhirTestData.FHIR.newJsonParser().encodeResourceToString(inProgress)), 422);
        // Somebody with no relationship to the person: "not known" (existence does not leak); the employer: 403.
        assertOutcome(new Http(port, "per.koordinator").send("POST", "/fhir/QuestionnaireResponse",
                response(subject.personId(), GAD, "gad7-", ok)), 422);
        assertOutcome(new Http(port, "lars.leder").send("POST", "/fhir/QuestionnaireResponse",
                response(subject.personId(), GAD, "gad7-", ok)), 403);
        assertThat(storedResponses(subject)).isEqualTo(before);
        // Both refusals are in the access log (decided by the submission writer for its batch, logged before the answer).
        assertThat(jdbc.sql("""
                SELECT username FROM audit_entry WHERE person_id = ? AND resource_type = 'QuestionnaireResponse'
                  AND action = 'WRITE' AND NOT allowed ORDER BY username""").param(subject.personId())
                .query(String.class).list()).containsExactly("lars.leder", "per.koordinator");
        assertOutcome(kari.get("/fhir/QuestionnaireResponse/" + UUID.randomUUID()), 404);
        assertOutcome(kari.get("/fhir/Observation/" + UUID.randomUUID()), 404);
        assertClientError(kari.send("PUT", "/fhir/QuestionnaireResponse/" + subject.responseId(),
                response(subject.personId(), GAD, "gad7-", ok)));
        assertClientError(kari.send("POST", "/fhir/Observation", "{\"resourceType\":\"Observation\"}"));
        assertClientError(kari.send("DELETE", "/fhir/QuestionnaireResponse/" + subject.responseId(), null));
        assertThat(storedResponses(subject)).isEqualTo(before);
    }

    @Test
    void concurrentSubmitsThroughOneLinkStoreOneResponse() throws Exception {
        FhirTestData.Subject subject = data.freshRelated();
        Http kari = new Http(port, "kari.koordinator");
        String token = token(kari, subject, assignPhqBaseline(kari, subject));
        int before = storedResponses(subject);
        String body = "{\"questionnaire\":\"" + PHQ + "\",\"answers\":[{\"linkId\":\"phq9-1\",\"value\":\"1\"}]}";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            statuses.add(pool.submit((Callable<Integer>) () -> submitByLink(token, body).statusCode()));
        }
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : statuses) {
            codes.add(f.get());
        }
        pool.shutdown();
        assertThat(codes).filteredOn(c -> c == 201).hasSize(1);
        assertThat(codes).filteredOn(c -> c != 201).allMatch(c -> c == 409);
        assertThat(storedResponses(subject)).isEqualTo(before + 1);
    }

    @Test
    void concurrentCreatesForOnePatientFillTheOpenRoundOnceAndOpenUnscheduledRoundsForTheRest() throws Exception {
        FhirTestData.Subject subject = data.freshRelated();
        Http kari = new Http(port, "kari.koordinator");
        UUID baseline = assignPhqBaseline(kari, subject);
        int before = storedResponses(subject);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sent.add(pool.submit(() -> kari.send("POST", "/fhir/QuestionnaireResponse", response(subject.personId(),
                    PHQ, "phq9-", "1", "1", "1", "1", "1", "1", "1", "1", "1"))));
        }
        List<UUID> created = new ArrayList<>();
        for (Future<HttpResponse<String>> f : sent) {
            HttpResponse<String> r = f.get();
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            created.add(UUID.fromString(((QuestionnaireResponse) FhirTestData.parse(r)).getIdElement().getIdPart()));
        }
        pool.shutdown();
        assertThat(storedResponses(subject)).isEqualTo(before + 8);
        List<String> labels = jdbc.sql("""
                SELECT r.label FROM questionnaire_response x JOIN questionnaire_round r ON r.id = x.round_id
                WHERE x.id = ANY(?)""").param(created.toArray(UUID[]::new)).query(String.class).list();
        assertThat(labels).hasSize(8);
        assertThat(labels).filteredOn("BASELINE"::equals).hasSize(1);
        assertThat(labels).filteredOn("UNSCHEDULED"::equals).hasSize(7);
        assertThat(jdbc.sql("SELECT count(*) FROM questionnaire_response WHERE round_id = ?").param(baseline)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM questionnaire_score WHERE response_id = ANY(?) AND total = 9")
                .param(created.toArray(UUID[]::new)).query(Integer.class).single()).isEqualTo(8);
    }

    @Test
    void aPatientWithoutAnOpenPathwayIsA422AndNothingIsStored() {
        FhirTestData.Subject subject = data.freshRelated();
        Http kari = new Http(port, "kari.koordinator");
        int before = storedResponses(subject);
        jdbc.sql("UPDATE pathway SET state = 'CLOSED' WHERE person_id = ?").param(subject.personId()).update();
        HttpResponse<String> r = kari.send("POST", "/fhir/QuestionnaireResponse",
                response(subject.personId(), GAD, "gad7-", "1", "1", "1", "1", "1", "1", "1"));
        assertOutcome(r, 422);
        assertThat(r.body()).contains("no open pathway");
        assertThat(storedResponses(subject)).isEqualTo(before);
    }

    @Test
    void aResponseLimitedToAClosedPathwayIsRefusedAndNothingIsStored() {
        FhirTestData.Subject subject = data.freshRelated();
        int before = storedResponses(subject);
        jdbc.sql("UPDATE pathway SET state = 'CLOSED' WHERE id = ?").param(subject.pathway().id()).update();
        assertThatThrownBy(() -> access.asSystem(() -> record.record(new PersonId(subject.personId()),
                List.of(subject.pathway().id()), InstrumentRef.parse(GAD), Map.of("gad7-1", "1"), "kari.koordinator")))
                .isInstanceOf(NoOpenPathwayException.class);
        assertThat(storedResponses(subject)).isEqualTo(before);
    }

    @Test
    void scoresNeverReachTheEmployerAndReachNavOnlyWithConsent() {
        FhirTestData.Subject subject = data.freshRelated();
        String read = "/fhir/Observation/" + subject.responseId();
        String search = "/fhir/Observation?patient=" + subject.personId();
        for (String user : List.of("lars.leder", "nils.nav")) {
            Http http = new Http(port, user);
            assertOutcome(http.get(read), 403);
            assertOutcome(http.get("/fhir/QuestionnaireResponse/" + subject.responseId()), 403);
            assertThat(entries(http.get(search))).as(user).isEmpty();
            assertThat(entries(http.get("/fhir/QuestionnaireResponse?patient=" + subject.personId()))).isEmpty();
        }
        access.asSystem(() -> grantConsent.grant(subject.personId(), Party.NAV, DemoAccounts.NAV_OFFICE,
                InformationCategory.HEALTH, Purpose.FOLLOW_UP, null));
        Http nav = new Http(port, "nils.nav");
        assertThat(nav.get(read).statusCode()).isEqualTo(200);
        assertThat(entries(nav.get(search))).hasSize(1);
        assertOutcome(new Http(port, "lars.leder").get(read), 403);
        assertThat(access.asSystem(() -> queries.scoresOf(new PersonId(subject.personId())))).hasSize(1);
    }

    @Test
    void aResponseRecordedInsideATransactionBelongsToThatTransaction() {
        FhirTestData.Subject subject = data.freshRelated();
        int before = storedResponses(subject);
        Map<String, String> answers = Map.of("gad7-1", "2", "gad7-2", "1");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            access.asSystem(() -> record.record(new PersonId(subject.personId()), List.of(subject.pathway().id()),
                    InstrumentRef.parse(GAD), answers, "kari.koordinator"));
            assertThat(storedResponses(subject)).isEqualTo(before + 1);
            status.setRollbackOnly();
        });
        assertThat(storedResponses(subject)).isEqualTo(before);
    }

    private int storedResponses(FhirTestData.Subject subject) {
        return jdbc.sql("SELECT count(*) FROM questionnaire_response WHERE person_id = ?").param(subject.personId())
                .query(Integer.class).single();
    }

    private UUID assignPhqBaseline(Http kari, FhirTestData.Subject subject) {
        HttpResponse<String> r = kari.send("POST", "/api/v1/pathways/" + subject.pathway().id() + "/questionnaires",
                "{\"instruments\":[\"phq-9\"],\"baseline\":\"" + FhirTestData.TODAY + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        for (JsonNode round : JSON.readTree(r.body()).path("rounds")) {
            if (round.path("label").asString().equals("BASELINE")) {
                return UUID.fromString(round.path("id").asString());
            }
        }
        throw new IllegalStateException("no baseline round");
    }

    private String token(Http kari, FhirTestData.Subject subject, UUID round) {
        HttpResponse<String> r = kari.send("POST", "/api/v1/pathways/" + subject.pathway().id()
                + "/questionnaire-rounds/" + round + "/link", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String url = JSON.readTree(r.body()).path("url").asString();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private HttpResponse<String> submitByLink(String token, String json) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/questionnaire-responses"))
                    .header("Content-Type", "application/json").header("X-Samspill-Link-Token", token)
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request shape a FHIR client (e.g. the HAPI JPA peer's load driver) posts. */
    static String response(UUID person, String questionnaire, String prefix, String... codes) {
        QuestionnaireResponse q = new QuestionnaireResponse();
        q.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        q.setQuestionnaire(questionnaire);
        q.setSubject(new Reference("Patient/" + person));
        for (int i = 0; i < codes.length; i++) {
            q.addItem().setLinkId(prefix + (i + 1)).addAnswer()
                    .setValue(new Coding("https://samspill.no/fhir/CodeSystem/answer-value", codes[i], null));
        }
        return FhirTestData.FHIR.newJsonParser().encodeResourceToString(q);
    }

    private static List<Bundle.BundleEntryComponent> entries(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ((Bundle) FhirTestData.parse(response)).getEntry();
    }

    private static void assertClientError(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        assertThat(FhirTestData.parse(response)).isInstanceOf(OperationOutcome.class);
    }

    private static void assertOutcome(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(FhirTestData.parse(response)).isInstanceOf(OperationOutcome.class);
    }
}
