package no.samspill.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.identifiers.Sex;
import no.samspill.identifiers.SyntheticNationalIds;
import no.samspill.security.DemoAccounts;
import no.samspill.support.Http;
import no.samspill.support.IntegrationTest;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Referral intake over FHIR: a ServiceRequest posted by the clinic team is registered by the same use case as the
 * form and the JSON API (patient, employment, relationships, deadline, pathway, audit) and reads back as it was
 * posted; bad input is a 4xx OperationOutcome naming the field and stores nothing; other roles get 403.
 */
@IntegrationTest
@Import(FhirTestData.class)
class FhirServiceRequestIT {

    /** The documented shape; %1$s is the patient's national ID number, %2$s their birth date. */
    static final String REFERRAL = """
            {
              "resourceType": "ServiceRequest",
              "contained": [{
                "resourceType": "Patient", "id": "p",
                "identifier": [{"system": "urn:oid:2.16.578.1.12.4.1.4.1", "value": "%1$s"}],
                "name": [{"family": "Fhirhenvist", "given": ["Siri", "Marie"]}],
                "telecom": [{"system": "phone", "value": "99887766"}, {"system": "email", "value": "siri@example.no"}],
                "birthDate": "%2$s",
                "contact": [{
                  "extension": [{"url": "https://samspill.no/fhir/StructureDefinition/occupation", "valueString": "Baker"}],
                  "relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0131", "code": "E"}]}],
                  "name": {"text": "Lars Leder"},
                  "telecom": [{"system": "phone", "value": "22334455"}],
                  "organization": {"identifier": {"system": "urn:oid:2.16.578.1.12.4.1.4.101", "value": "994000020"},
                                   "display": "Fjordbakst AS"}
                }]
              }],
              "extension": [{"url": "https://samspill.no/fhir/StructureDefinition/sick-leave", "extension": [
                {"url": "status", "valueCode": "PARTIAL"}, {"url": "grade", "valueInteger": 50},
                {"url": "since", "valueDate": "2026-10-12"}]}],
              "status": "active",
              "intent": "order",
              "category": [{"coding": [{"system": "https://samspill.no/fhir/CodeSystem/complaint-group",
                                        "code": "COMMON_MENTAL"}]}],
              "subject": {"reference": "#p"},
              "authoredOn": "2026-11-20",
              "requester": {"identifier": {"system": "urn:oid:2.16.578.1.12.4.1.4.4", "value": "565500001"},
                            "display": "Gunnar Fastlege"},
              "performer": [{"reference": "Organization/974000008"}],
              "reasonCode": [{"coding": [{"system": "urn:oid:2.16.578.1.12.4.1.1.7170", "code": "P76"}]}],
              "note": [{"text": "Prøvd så langt: fysioterapi i seks uker"},
                       {"text": "Mål for arbeid: tilbake i full stilling"}]
            }""";

    @LocalServerPort int port;
    @Autowired FhirTestData data;
    @Autowired JdbcClient jdbc;

    @Test
    void aReferralPostedByTheClinicIsRegisteredAndReadsBackAsPosted() {
        LocalDate born = LocalDate.of(1984, 6, 15);
        NationalIdNumber nationalId = freshNationalId(born);
        Http kari = new Http(port, "kari.koordinator");

        HttpResponse<String> response = kari.send("POST", "/fhir/ServiceRequest", REFERRAL.formatted(nationalId.value(),
                born));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        ServiceRequest created = (ServiceRequest) FhirTestData.parse(response);
        String id = created.getIdElement().getIdPart();
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/fhir/ServiceRequest/" + id));
        HttpResponse<String> read = kari.get("/fhir/ServiceRequest/" + id);
        assertThat(read.statusCode()).isEqualTo(200);
        ServiceRequest stored = (ServiceRequest) FhirTestData.parse(read);
        assertThat(stored.equalsDeep(created)).as("the create answers with the referral as read").isTrue();

        assertThat(stored.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.ACTIVE);
        assertThat(stored.getIntent()).isEqualTo(ServiceRequest.ServiceRequestIntent.ORDER);
        assertThat(stored.getAuthoredOnElement().getValueAsString()).isEqualTo("2026-11-20");
        assertThat(stored.getRequester().getReference()).isEqualTo("Practitioner/565500001");
        assertThat(stored.getRequester().getDisplay()).isEqualTo("Gunnar Fastlege");
        assertThat(stored.getPerformerFirstRep().getReference()).isEqualTo("Organization/" + DemoAccounts.CLINIC_NORD);
        assertThat(stored.getReasonCodeFirstRep().getCodingFirstRep().getSystem()).isEqualTo(FhirMapping.ICPC2);
        assertThat(stored.getReasonCodeFirstRep().getCodingFirstRep().getCode()).isEqualTo("P76");
        assertThat(stored.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("COMMON_MENTAL");
        assertThat(stored.getNote()).extracting(n -> n.getText()).containsExactly(
                "Prøvd så langt: fysioterapi i seks uker", "Mål for arbeid: tilbake i full stilling");
        Extension sickLeave = stored.getExtensionByUrl(FhirMapping.SICK_LEAVE);
        assertThat(sickLeave.getExtensionByUrl("status").getValue().primitiveValue()).isEqualTo("PARTIAL");
        assertThat(sickLeave.getExtensionByUrl("grade").getValue().primitiveValue()).isEqualTo("50");
        assertThat(sickLeave.getExtensionByUrl("since").getValue().primitiveValue()).isEqualTo("2026-10-12");
        // Received Friday 20 November: 10 working days later is Friday 4 December.
        assertThat(deadline(stored)).isEqualTo("2026-12-04");

        // The patient was registered from the contained Patient, with the employment from its employer contact.
        String person = stored.getSubject().getReference();
        assertThat(person).startsWith("Patient/");
        Patient patient = (Patient) FhirTestData.parse(kari.get("/fhir/" + person));
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo(nationalId.value());
        assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Fhirhenvist");
        assertThat(patient.getNameFirstRep().getGivenAsSingleString()).isEqualTo("Siri Marie");
        assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo(born.toString());
        UUID personId = UUID.fromString(person.substring("Patient/".length()));
        assertThat(jdbc.sql("""
                SELECT employer_org_number || ' ' || employer_name || ' ' || occupation || ' ' || leader_name || ' '
                       || leader_phone FROM employment WHERE person_id = ?""").param(personId).query(String.class)
                .single()).isEqualTo("994000020 Fjordbakst AS Baker Lars Leder 22334455");
        // As from the form: the pathway is opened for the referral, and the write is in the access log.
        Bundle episodes = (Bundle) FhirTestData.parse(kari.get("/fhir/EpisodeOfCare?patient=" + person));
        assertThat(episodes.getEntry()).singleElement().satisfies(e -> assertThat(((EpisodeOfCare) e.getResource())
                .getReferralRequestFirstRep().getReference()).isEqualTo("ServiceRequest/" + id));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_entry WHERE person_id = ? AND resource_type = 'Referral' AND resource_id = ?
                  AND action = 'WRITE' AND allowed AND username = 'kari.koordinator'""").param(personId).param(id)
                .query(Integer.class).single()).isEqualTo(1);
        // The referring GP is tied to the patient: the summary of the referral is theirs to read.
        assertThat(new Http(port, "gunnar.fastlege").get("/fhir/ServiceRequest/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void aReferralAsReadPostedAgainIsRegisteredAsTheSameReferral() {
        FhirTestData.Subject subject = data.freshRelated();
        Http kari = new Http(port, "kari.koordinator");
        ServiceRequest original = (ServiceRequest) FhirTestData.parse(kari.get("/fhir/ServiceRequest/"
                + subject.referral().id()));
        ServiceRequest again = original.copy();
        again.setId((String) null);
        again.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);   // the original is decided (completed)

        HttpResponse<String> response = kari.send("POST", "/fhir/ServiceRequest", encode(again));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        ServiceRequest created = (ServiceRequest) FhirTestData.parse(response);
        assertThat(created.getIdElement().getIdPart()).isNotEqualTo(subject.referral().id().toString());
        ServiceRequest stored = (ServiceRequest) FhirTestData.parse(kari.get("/fhir/ServiceRequest/"
                + created.getIdElement().getIdPart()));
        stored.setId(original.getIdElement().getIdPart());
        stored.setStatus(original.getStatus());
        assertThat(encode(stored)).isEqualTo(encode(original));
    }

    @Test
    void aKnownPatientMayBeNamedByIdentifierAndDefaultsAreTheUsersClinicAndToday() {
        FhirTestData.Subject subject = data.freshRelated();
        Http kari = new Http(port, "kari.koordinator");
        String byIdentifier = variant(freshNationalId(LocalDate.of(1970, 1, 1)), r -> {
            r.getContained().clear();
            r.setSubject(new Reference().setIdentifier(new Identifier().setSystem("urn:oid:2.16.578.1.12.4.1.4.1")
                    .setValue(subject.nationalId())));
            // Received Tuesday 12 May 2026: Ascension Day (14 May) and Whit Monday (25 May) are not working days.
            r.setAuthoredOnElement(new org.hl7.fhir.r4.model.DateTimeType("2026-05-12"));
            r.getExtensionByUrl(FhirMapping.SICK_LEAVE).getExtensionByUrl("since").setValue(new DateType("2026-05-01"));
        });
        HttpResponse<String> known = kari.send("POST", "/fhir/ServiceRequest", byIdentifier);
        assertThat(known.statusCode()).as(known.body()).isEqualTo(201);
        ServiceRequest created = (ServiceRequest) FhirTestData.parse(known);
        assertThat(created.getSubject().getReference()).isEqualTo("Patient/" + subject.personId());
        assertThat(deadline(created)).isEqualTo("2026-05-28");
        Patient patient = (Patient) FhirTestData.parse(kari.get("/fhir/Patient/" + subject.personId()));
        assertThat(patient.getNameFirstRep().getFamily()).as("the known patient is left as they were")
                .isEqualTo(subject.name());

        LocalDate born = LocalDate.of(1991, 2, 3);
        String defaults = variant(freshNationalId(born), born, r -> {
            r.setAuthoredOnElement(null);
            r.getPerformer().clear();
        });
        HttpResponse<String> response = kari.send("POST", "/fhir/ServiceRequest", defaults);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        ServiceRequest today = (ServiceRequest) FhirTestData.parse(response);
        assertThat(today.getAuthoredOnElement().getValueAsString()).isEqualTo(FhirTestData.TODAY.toString());
        assertThat(today.getPerformerFirstRep().getReference()).isEqualTo("Organization/" + DemoAccounts.CLINIC_NORD);
        assertThat(deadline(today)).isEqualTo("2026-12-08");
    }

    @Test
    void badInputIsA4xxOperationOutcomeNamingTheFieldAndStoresNothing() {
        LocalDate born = LocalDate.of(1979, 9, 9);
        NationalIdNumber nationalId = freshNationalId(born);
        Http kari = new Http(port, "kari.koordinator");
        FhirTestData.Subject elsewhere = data.unrelated();
        int referralsBefore = referrals();

        assertOutcome(kari.send("POST", "/fhir/ServiceRequest", "{\"resourceType\": \"ServiceReq"), 400, null);
        assertOutcome(kari.send("POST", "/fhir/ServiceRequest", REFERRAL.formatted(nationalId.value(), born)
                .replace("\"resourceType\": \"ServiceRequest\"", "\"resourceType\": \"Task\"")), 400, null);
        assertOutcome(post(kari, variant(nationalId, born, r -> r.setSubject(null))), 422, "ServiceRequest.subject");
        String badCheckDigit = nationalId.value().substring(0, 10) + (nationalId.value().charAt(10) - '0' + 1) % 10;
        assertOutcome(post(kari, REFERRAL.formatted(badCheckDigit, born)), 422, "Patient.identifier");
        assertOutcome(post(kari, variant(nationalId, born, r -> r.setAuthoredOnElement(
                new org.hl7.fhir.r4.model.DateTimeType(FhirTestData.TODAY.plusDays(1).toString())))), 422,
                "ServiceRequest.authoredOn");
        assertOutcome(post(kari, variant(nationalId, born, r -> r.setStatus(ServiceRequest.ServiceRequestStatus.DRAFT))),
                422, "ServiceRequest.status");
        assertOutcome(post(kari, variant(nationalId, born, r -> r.setIntent(ServiceRequest.ServiceRequestIntent.PLAN))),
                422, "ServiceRequest.intent");
        assertOutcome(post(kari, variant(nationalId, born, r -> r.getPerformerFirstRep()
                .setReference("Organization/974000009"))), 422, "ServiceRequest.performer");
        assertOutcome(post(kari, variant(nationalId, born, r -> r.getPerformerFirstRep()
                .setReference("Organization/" + DemoAccounts.CLINIC_MIDT))), 422, "ServiceRequest.performer");
        assertOutcome(post(kari, variant(nationalId, born, r -> r.getRequester().getIdentifier().setValue("12AB"))),
                422, "ServiceRequest.requester.identifier");
        assertOutcome(post(kari, variant(nationalId, born, r -> r.getRequester().setDisplay(null))), 422,
                "ServiceRequest.requester.display");
        assertOutcome(post(kari, variant(nationalId, born, r -> r.getExtension().removeIf(e -> e.getUrl().equals(FhirMapping.SICK_LEAVE)))), 422,
                "ServiceRequest.extension('" + FhirMapping.SICK_LEAVE + "')");
        assertOutcome(post(kari, variant(nationalId, born, r -> r.getExtensionByUrl(FhirMapping.SICK_LEAVE)
                .getExtensionByUrl("grade").setValue(new org.hl7.fhir.r4.model.IntegerType(100)))), 422,
                "ServiceRequest.extension('" + FhirMapping.SICK_LEAVE + "').extension('grade')");
        assertOutcome(post(kari, variant(nationalId, born, r -> r.getReasonCodeFirstRep().getCodingFirstRep()
                .setCode("P76.1"))), 422, "ServiceRequest.reasonCode");
        assertOutcome(post(kari, variant(nationalId, born, r -> r.getCategory().clear())), 422,
                "ServiceRequest.category");
        assertOutcome(post(kari, variant(nationalId, born, r -> r.addNote().setText("Ring pasienten først"))), 422,
                "ServiceRequest.note");
        assertOutcome(post(kari, variant(nationalId, born, r -> ((Patient) r.getContained().get(0))
                .getNameFirstRep().setFamily("F".repeat(101)))), 422, "Patient.name.family");
        assertOutcome(post(kari, variant(nationalId, born, r -> ((Patient) r.getContained().get(0))
                .setBirthDateElement(new DateType(born.plusDays(1).toString())))), 422, "Patient.birthDate");
        assertOutcome(post(kari, variant(nationalId, born, r -> ((Patient) r.getContained().get(0)).getContactFirstRep()
                .getOrganization().getIdentifier().setValue("994000021"))), 422, "Patient.contact.organization");
        assertOutcome(post(kari, variant(nationalId, born, r -> r.setSubject(new Reference("Patient/"
                + UUID.randomUUID())))), 422, "ServiceRequest.subject");
        // A patient of another clinic is as unknown to the user as one that does not exist: nothing leaks.
        assertOutcome(post(kari, variant(nationalId, born, r -> r.setSubject(new Reference("Patient/"
                + elsewhere.personId())))), 422, "ServiceRequest.subject");
        assertOutcome(post(kari, variant(nationalId, born, r -> r.setSubject(new Reference().setIdentifier(
                new Identifier().setSystem("urn:oid:2.16.578.1.12.4.1.4.1").setValue(elsewhere.nationalId()))))),
                422, "ServiceRequest.subject.identifier");

        // Every problem at once, each named.
        OperationOutcome all = (OperationOutcome) FhirTestData.parse(post(kari, variant(nationalId, born, r -> {
            r.setStatus(ServiceRequest.ServiceRequestStatus.DRAFT);
            r.getCategory().clear();
            r.getReasonCode().clear();
        })));
        assertThat(all.getIssue()).flatExtracting(i -> i.getExpression().stream().map(e -> e.getValue()).toList())
                .contains("ServiceRequest.status", "ServiceRequest.category", "ServiceRequest.reasonCode");

        assertThat(persons(nationalId)).isZero();
        assertThat(referrals()).isEqualTo(referralsBefore);
    }

    @Test
    void theNearestLeaderNamedInTheEmployerContactAndOnlyThemSeesTheEmployee() {
        LocalDate born = LocalDate.of(1988, 2, 2);
        Http kari = new Http(port, "kari.koordinator");
        String leaderPath = "Patient.contact.extension('" + ServiceRequestIntake.NEAREST_LEADER + "')";

        NationalIdNumber unnamed = freshNationalId(born);
        HttpResponse<String> withoutLeader = post(kari, REFERRAL.formatted(unnamed.value(), born));
        assertThat(withoutLeader.statusCode()).isEqualTo(201);
        String unnamedPatient = ((ServiceRequest) FhirTestData.parse(withoutLeader)).getSubject().getReference();
        assertThat(new Http(port, "lars.leder").get("/fhir/" + unnamedPatient).statusCode()).isEqualTo(404);

        NationalIdNumber named = freshNationalId(born);
        HttpResponse<String> withLeader = post(kari, variant(named, born, r -> ((Patient) r.getContained().get(0))
                .getContactFirstRep().addExtension(ServiceRequestIntake.NEAREST_LEADER, new Identifier()
                        .setSystem(ServiceRequestIntake.USERNAME_SYSTEM).setValue("lars.leder"))));
        assertThat(withLeader.statusCode()).as(withLeader.body()).isEqualTo(201);
        String namedPatient = ((ServiceRequest) FhirTestData.parse(withLeader)).getSubject().getReference();
        assertThat(new Http(port, "lars.leder").get("/fhir/" + namedPatient).statusCode()).isEqualTo(200);

        // Bad names: not an identifier, an unknown format, a user name under the national ID system.
        NationalIdNumber bad = freshNationalId(born);
        assertOutcome(post(kari, variant(bad, born, r -> ((Patient) r.getContained().get(0)).getContactFirstRep()
                .addExtension(ServiceRequestIntake.NEAREST_LEADER, new org.hl7.fhir.r4.model.StringType("lars.leder")))),
                422, leaderPath);
        assertOutcome(post(kari, variant(bad, born, r -> ((Patient) r.getContained().get(0)).getContactFirstRep()
                .addExtension(ServiceRequestIntake.NEAREST_LEADER, new Identifier()
                        .setSystem(ServiceRequestIntake.USERNAME_SYSTEM).setValue("Lars Leder")))), 422,
                leaderPath + ".valueIdentifier.value");
        assertOutcome(post(kari, variant(bad, born, r -> ((Patient) r.getContained().get(0)).getContactFirstRep()
                .addExtension(ServiceRequestIntake.NEAREST_LEADER, new Identifier()
                        .setSystem("urn:oid:2.16.578.1.12.4.1.4.1").setValue("lars.leder")))), 422,
                leaderPath + ".valueIdentifier.system");
        assertThat(persons(bad)).isZero();
    }

    @Test
    void onlyTheClinicTeamRegistersReferrals() {
        LocalDate born = LocalDate.of(1966, 4, 30);
        NationalIdNumber nationalId = freshNationalId(born);
        String body = REFERRAL.formatted(nationalId.value(), born);
        for (String user : List.of("gunnar.fastlege", "nils.nav", "lars.leder", "pia.pasient", "anna.analytiker",
                "sverre.sikkerhet")) {
            assertOutcome(new Http(port, user).send("POST", "/fhir/ServiceRequest", body), 403, null);
        }
        assertOutcome(new Http(port, "gunnar.fastlege").send("POST", "/fhir/ServiceRequest/", body), 403, null);
        assertThat(persons(nationalId)).isZero();
        // The GP still searches referrals (POST _search is a read, not an intake).
        assertThat(new Http(port, "gunnar.fastlege").send("POST", "/fhir/ServiceRequest/_search?patient=Patient/"
                + UUID.randomUUID(), null).statusCode()).isEqualTo(200);

        HttpResponse<String> clinician = new Http(port, "lise.kliniker").send("POST", "/fhir/ServiceRequest", body);
        assertThat(clinician.statusCode()).as(clinician.body()).isEqualTo(201);
        assertThat(persons(nationalId)).isEqualTo(1);
    }

    private static NationalIdNumber freshNationalId(LocalDate born) {
        return SyntheticNationalIds.generate(born, Sex.FEMALE, new Random());
    }

    /** The documented shape for this patient, changed. */
    private static String variant(NationalIdNumber nationalId, LocalDate born, Consumer<ServiceRequest> change) {
        ServiceRequest request = FhirTestData.FHIR.newJsonParser().parseResource(ServiceRequest.class,
                REFERRAL.formatted(nationalId.value(), born));
        change.accept(request);
        return encode(request);
    }

    private static String variant(NationalIdNumber nationalId, Consumer<ServiceRequest> change) {
        return variant(nationalId, nationalId.birthDate(), change);
    }

    private static String encode(ServiceRequest request) {
        return FhirTestData.FHIR.newJsonParser().encodeResourceToString(request);
    }

    private static String deadline(ServiceRequest request) {
        return request.getExtensionByUrl(FhirMapping.ASSESSMENT_DEADLINE).getValue().primitiveValue();
    }

    private static HttpResponse<String> post(Http http, String body) {
        return http.send("POST", "/fhir/ServiceRequest", body);
    }

    private int persons(NationalIdNumber nationalId) {
        return jdbc.sql("SELECT count(*) FROM person WHERE national_id = ?").param(nationalId.value())
                .query(Integer.class).single();
    }

    private int referrals() {
        return jdbc.sql("SELECT count(*) FROM referral").query(Integer.class).single();
    }

    /** A 4xx OperationOutcome; with a field, one of its issues names it as its expression. */
    private static void assertOutcome(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(FhirTestData.parse(response)).isInstanceOfSatisfying(OperationOutcome.class, outcome -> {
            if (field != null) {
                assertThat(outcome.getIssue()).as(response.body()).anySatisfy(issue -> assertThat(issue.getExpression())
                        .extracting(e -> e.getValue()).contains(field));
            }
        });
    }
}
