package no.samspill.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import no.samspill.security.DemoAccounts;
import no.samspill.support.Http;
import no.samspill.support.IntegrationTest;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The declared search parameters filter as they say (one related subject, read by its clinic's coordinator). */
@IntegrationTest
@Import(FhirTestData.class)
class FhirSearchIT {

    @LocalServerPort int port;
    @Autowired FhirTestData data;

    @Test
    void searchParametersFilter() {
        data.related();
        FhirTestData.Subject s = data.freshRelated();
        String p = "patient=Patient/" + s.personId();
        String received = FhirTestData.TODAY.minusDays(20).toString();

        assertHits("/fhir/Patient?identifier=urn:oid:2.16.578.1.12.4.1.4.1|" + DemoAccounts.PATIENT_NATIONAL_ID, 1);
        assertHits("/fhir/Patient?identifier=" + DemoAccounts.PATIENT_NATIONAL_ID, 1);
        assertHits("/fhir/Patient?identifier=urn:oid:2.16.578.1.12.4.1.4.2|" + DemoAccounts.PATIENT_NATIONAL_ID, 0);
        assertHits("/fhir/Patient?identifier=12345678901", 0);
        assertHits("/fhir/Patient?_id=" + s.personId(), 1);
        assertHits("/fhir/Patient?_id=" + s.personId() + "&_count=1&_offset=1", 0);

        assertHits("/fhir/ServiceRequest?" + p + "&status=completed", 1);
        assertHits("/fhir/ServiceRequest?" + p + "&status=active,revoked", 0);
        assertHits("/fhir/ServiceRequest?" + p + "&authored=" + received, 1);
        assertHits("/fhir/ServiceRequest?" + p + "&authored=lt2026-01-01", 0);

        assertHits("/fhir/EpisodeOfCare?" + p + "&status=waitlist", 1);
        assertHits("/fhir/EpisodeOfCare?" + p + "&status=finished", 0);
        assertHits("/fhir/EpisodeOfCare?" + p + "&date=ge" + FhirTestData.TODAY, 1);
        assertHits("/fhir/EpisodeOfCare?" + p + "&date=lt2020-01-01", 0);

        assertHits("/fhir/Task?" + p + "&code=dialogue-meeting-1", 1);
        assertHits("/fhir/Task?" + p + "&code=https://samspill.no/fhir/CodeSystem/milestone|max-date", 1);
        assertThat(get("/fhir/Task?" + p + "&code=pathway-task").body()).contains("Ring " + s.name());

        assertHits("/fhir/Consent?" + p + "&status=active", 1);
        assertHits("/fhir/Consent?" + p + "&status=inactive", 0);
        assertHits("/fhir/Consent?" + p + "&_lastUpdated=lt2000-01-01", 0);

        String week = FhirTestData.TODAY.plusDays(7).toString();
        assertHits("/fhir/Appointment?" + p, 1);
        assertHits("/fhir/Appointment?" + p + "&status=booked", 1);
        assertHits("/fhir/Appointment?" + p + "&status=cancelled,fulfilled", 0);
        assertHits("/fhir/Appointment?" + p + "&date=ge" + week + "&date=lt" + FhirTestData.TODAY.plusDays(8), 1);
        assertHits("/fhir/Appointment?" + p + "&date=lt" + FhirTestData.TODAY.plusDays(6), 0);
        assertHits("/fhir/Appointment?" + p + "&appointment-type=collaboration", 1);
        assertHits("/fhir/Appointment?" + p + "&appointment-type=dialogue-1", 0);

        assertHits("/fhir/CarePlan?" + p, 1);
        assertHits("/fhir/CarePlan?" + p + "&status=active", 1);
        assertHits("/fhir/CarePlan?" + p + "&status=completed", 0);
        assertHits("/fhir/CarePlan?" + p + "&date=" + FhirTestData.TODAY.plusWeeks(3), 1);
        assertHits("/fhir/CarePlan?" + p + "&date=lt" + FhirTestData.TODAY, 0);
        assertHits("/fhir/CarePlan?" + p + "&_lastUpdated=ge" + FhirTestData.TODAY.minusDays(1), 1);
        assertHits("/fhir/CarePlan?" + p + "&_lastUpdated=lt2026-01-01", 0);

        assertHits("/fhir/Questionnaire?name=PHQ", 1);
        assertHits("/fhir/Questionnaire?url=https://samspill.no/fhir/Questionnaire/gad-7&version=1.0.0", 1);
        assertHits("/fhir/Questionnaire?url=https://samspill.no/fhir/Questionnaire/gad-7&version=9.9.9", 0);
        assertHits("/fhir/Questionnaire?_id=wsas-1-0-0&status=active", 1);
        assertHits("/fhir/Questionnaire?status=retired", 0);
        assertThat(get("/fhir/Questionnaire/phq-9-1-0-0").body()).contains("\"url\":\"https://samspill.no/fhir/Questionnaire/phq-9\"",
                "ordinalValue");

        assertHits("/fhir/Organization?identifier=urn:oid:2.16.578.1.12.4.1.4.101|" + DemoAccounts.CLINIC_NORD, 1);
        assertHits("/fhir/Organization?identifier=urn:oid:2.16.578.1.12.4.1.4.4|" + DemoAccounts.CLINIC_NORD, 0);
        assertHits("/fhir/Practitioner?identifier=urn:oid:2.16.578.1.12.4.1.4.4|" + DemoAccounts.GP_HPR, 1);
    }

    private void assertHits(String path, int expected) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        assertThat(((Bundle) FhirTestData.parse(response)).getEntry()).as(path).hasSize(expected);
    }

    private HttpResponse<String> get(String path) {
        return new Http(port, "kari.koordinator").get(path.replace("|", "%7C"));
    }
}
