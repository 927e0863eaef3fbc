package no.samspill.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.samspill.security.CurrentUser;
import no.samspill.security.DemoAccounts;
import no.samspill.support.Http;
import no.samspill.support.IntegrationTest;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The leak test for /fhir, mirroring access.LeakIT: every resource type and interaction the CapabilityStatement
 * declares (so new ones are covered without editing this test) is requested by every demo role, for a related and an
 * unrelated person; markers planted in health fields (referral "tried so far", work goal) and the name must never
 * reach the employer (health) or unrelated users (anything). No request may fail with a 5xx.
 */
@IntegrationTest
@Import(FhirTestData.class)
class FhirLeakIT {

    @LocalServerPort int port;
    @Autowired FhirTestData data;

    @Test
    void noFhirRouteLeaksHealthDataToTheEmployerOrAnythingToUnrelatedUsers() {
        FhirTestData.Subject related = data.related();
        FhirTestData.Subject unrelated = data.unrelated();
        CapabilityStatement capability = (CapabilityStatement) FhirTestData.parse(
                new Http(port, null).get("/fhir/metadata"));
        List<String> leaks = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (CurrentUser user : DemoAccounts.USERS) {
            Http http = new Http(port, user.username());
            for (var resource : capability.getRestFirstRep().getResource()) {
                for (FhirTestData.Subject subject : List.of(related, unrelated)) {
                    List<String> paths = new ArrayList<>();
                    String id = subject.idFor(resource.getType());
                    if (FhirRoutes.interactions(resource).contains("read") && id != null) {
                        paths.add("/fhir/" + resource.getType() + "/" + id);
                    }
                    if (FhirRoutes.interactions(resource).contains("search-type")) {
                        paths.add(FhirRoutes.search(resource, subject));
                    }
                    for (String path : paths) {
                        HttpResponse<String> response = http.get(path);
                        requests++;
                        if (response.statusCode() >= 500) {
                            failures.add(user.username() + " GET " + path + " -> " + response.statusCode());
                        }
                        for (String marker : forbiddenMarkers(user, subject, related)) {
                            if (response.body().contains(marker)) {
                                leaks.add(user.username() + " GET " + path + " -> " + response.statusCode() + " shows "
                                        + marker);
                            }
                        }
                    }
                }
            }
        }
        assertThat(requests).as("requests made").isGreaterThan(DemoAccounts.USERS.size() * 10);
        assertThat(failures).isEmpty();
        assertThat(leaks).as("leaks in %d requests", requests).isEmpty();
    }

    @Test
    void theEmployerWithConsentSeesThePathwayButNeverTheReferral() {
        FhirTestData.Subject related = data.related();
        Http leader = new Http(port, "lars.leder");
        assertThat(leader.get("/fhir/EpisodeOfCare/" + related.pathway().id()).statusCode()).isEqualTo(200);
        HttpResponse<String> referral = leader.get("/fhir/ServiceRequest/" + related.referral().id());
        assertThat(referral.statusCode()).isEqualTo(403);
        assertThat(referral.body()).contains("OperationOutcome").doesNotContain(related.healthMarker());
        HttpResponse<String> search = leader.get("/fhir/ServiceRequest?patient=" + related.personId());
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(((org.hl7.fhir.r4.model.Bundle) FhirTestData.parse(search)).getEntry()).isEmpty();
        // Milestones are work-function data, which the patient has consented to share with the leader.
        assertThat(leader.get("/fhir/Task?patient=" + related.personId()).body()).contains("dialogue-meeting-1");
    }

    @Test
    void theEmployerSeesMeetingTimesAlwaysButThePlanOnlyWithConsent() {
        FhirTestData.Subject withConsent = data.related();
        FhirTestData.Subject without = data.freshWithoutConsent();
        Http leader = new Http(port, "lars.leder");
        // Meeting times, place and participants are administrative data: the leader sees them, as in the UI.
        HttpResponse<String> meeting = leader.get("/fhir/Appointment/" + without.meetingId());
        assertThat(meeting.statusCode()).isEqualTo(200);
        assertThat(meeting.body()).contains("Møterom 2").doesNotContain(without.healthMarker(), "Tilbake i full jobb");
        assertThat(((org.hl7.fhir.r4.model.Bundle) FhirTestData.parse(leader.get("/fhir/Appointment?patient="
                + without.personId()))).getEntry()).hasSize(1);
        // The plan is work-function data: refused (403, related) without the patient's consent, shown with it.
        HttpResponse<String> refused = leader.get("/fhir/CarePlan/" + without.pathway().id());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("OperationOutcome").doesNotContain("Tilbake i full jobb");
        assertThat(((org.hl7.fhir.r4.model.Bundle) FhirTestData.parse(leader.get("/fhir/CarePlan?patient="
                + without.personId()))).getEntry()).isEmpty();
        HttpResponse<String> shown = leader.get("/fhir/CarePlan/" + withConsent.pathway().id());
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("Tilbake i full jobb for " + withConsent.name());
        // The analyst reads no person-level plan or meeting, only the de-identified export.
        Http analyst = new Http(port, "anna.analytiker");
        assertThat(analyst.get("/fhir/CarePlan/" + withConsent.pathway().id()).statusCode()).isIn(403, 404);
        assertThat(analyst.get("/fhir/Appointment/" + withConsent.meetingId()).statusCode()).isIn(403, 404);
    }

    @Test
    void questionnaireAnswersAndScoresReachOnlyTheClinicTeamAndThePatient() {
        FhirTestData.Subject subject = data.freshRelated();   // no consent to share health data with anyone
        List<String> wrong = new ArrayList<>();
        for (CurrentUser user : DemoAccounts.USERS) {
            Http http = new Http(port, user.username());
            // A fresh person: not the demo patient, so only the clinic team of the person's clinic may see them.
            boolean allowed = user.role().clinicTeam() && user.organisationNumber().equals(subject.clinic());
            for (String type : List.of("QuestionnaireResponse", "Observation")) {
                HttpResponse<String> read = http.get("/fhir/" + type + "/" + subject.responseId());
                HttpResponse<String> search = http.get("/fhir/" + type + "?patient=" + subject.personId());
                boolean found = search.statusCode() == 200
                        && !((org.hl7.fhir.r4.model.Bundle) FhirTestData.parse(search)).getEntry().isEmpty();
                if ((read.statusCode() == 200) != allowed || found != allowed || read.statusCode() >= 500) {
                    wrong.add(user.username() + " " + type + ": read " + read.statusCode() + ", search found " + found);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void fhirReadsAreInTheAccessLogThePatientSees() {
        FhirTestData.Subject related = data.related();
        assertThat(new Http(port, "lars.leder").get("/fhir/Patient/" + related.personId()).statusCode()).isEqualTo(200);
        HttpResponse<String> log = new Http(port, "pia.pasient").get("/fhir/AuditEvent?patient=" + related.personId()
                + "&_lastUpdated=ge2026-01-01");
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.body()).contains("lars.leder");
        // Nobody else's access log: the nearest leader asks for it and gets nothing.
        HttpResponse<String> refused = new Http(port, "lars.leder").get("/fhir/AuditEvent?patient=" + related.personId());
        assertThat(((org.hl7.fhir.r4.model.Bundle) FhirTestData.parse(refused)).getEntry()).isEmpty();
    }

    @Test
    void anUnrelatedUserCannotTellWhetherAPersonExists() {
        FhirTestData.Subject unrelated = data.unrelated();
        Http leader = new Http(port, "lars.leder");
        HttpResponse<String> existing = leader.get("/fhir/Patient/" + unrelated.personId());
        HttpResponse<String> missing = leader.get("/fhir/Patient/" + java.util.UUID.randomUUID());
        assertThat(existing.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(existing.body()).contains("OperationOutcome").doesNotContain(unrelated.name());
    }

    /** What this user must never see of this subject (as in access.LeakIT). */
    private static Set<String> forbiddenMarkers(CurrentUser user, FhirTestData.Subject subject,
                                                FhirTestData.Subject related) {
        Set<String> markers = new LinkedHashSet<>();
        boolean clinicOfSubject = user.role().clinicTeam() && user.organisationNumber().equals(subject.clinic());
        if (subject != related) {
            if (!clinicOfSubject) {
                markers.add(subject.name());
                markers.add(subject.healthMarker());
            }
            return markers;
        }
        switch (user.role()) {
            case NEAREST_LEADER, NAV_COUNSELLOR -> markers.add(subject.healthMarker());
            case ANALYST, SECURITY_OFFICER, PROGRAMME_OWNER, WORKPLACE_CONTACT -> {
                markers.add(subject.name());
                markers.add(subject.healthMarker());
            }
            case COORDINATOR, CLINICIAN -> {
                if (!clinicOfSubject) {
                    markers.add(subject.name());
                    markers.add(subject.healthMarker());
                }
            }
            case GP, PATIENT -> { }
        }
        return markers;
    }
}
