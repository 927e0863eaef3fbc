package no.samspill.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.identifiers.Sex;
import no.samspill.identifiers.SyntheticNationalIds;
import no.samspill.meeting.Meeting;
import no.samspill.meeting.MeetingQueries;
import no.samspill.meeting.MeetingRequest;
import no.samspill.meeting.MeetingType;
import no.samspill.meeting.Participant;
import no.samspill.meeting.ScheduleMeeting;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.person.PersonDirectory;
import no.samspill.plan.PlanDraft;
import no.samspill.plan.PlanQueries;
import no.samspill.plan.PlanVersion;
import no.samspill.plan.PublishPlanVersion;
import no.samspill.referral.Referral;
import no.samspill.referral.RegisterReferral;
import no.samspill.security.DemoAccounts;
import no.samspill.support.Browser;
import no.samspill.support.Http;
import no.samspill.support.IntegrationTest;
import no.samspill.support.Referrals;
import no.samspill.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Issues #3 and #5: only the nearest leader named on the employment sees the employee, and only their own meetings;
 * acknowledging a plan needs the plan's read decision; the GP is invited to meetings after the patient switches it on.
 */
@IntegrationTest
@WithUserDetails("kari.koordinator")
class NearestLeaderAccessIT {

    static final String PLAN_MARKER = "PLANMARKOR-MAL";

    @LocalServerPort int port;
    @Autowired PathwayQueries pathways;
    @Autowired PersonDirectory persons;
    @Autowired RegisterReferral registerReferral;
    @Autowired PublishPlanVersion publishPlan;
    @Autowired PlanQueries plans;
    @Autowired ScheduleMeeting schedule;
    @Autowired MeetingQueries meetings;

    /** Registers a referral through the coordinator's form, employed at the demo leader's employer. */
    Pathway referredThroughTheForm(Browser coordinator, String nearestLeader) {
        NationalIdNumber id = SyntheticNationalIds.generate(LocalDate.of(1984, 6, 6), Sex.FEMALE, new Random());
        Map<String, String> form = new HashMap<>(Map.ofEntries(
                Map.entry("referrer.kind", "GP"), Map.entry("referrer.name", "Gunnar Fastlege"),
                Map.entry("referrer.hpr", DemoAccounts.GP_HPR), Map.entry("patient.nationalId", id.value()),
                Map.entry("patient.givenName", "Lea"), Map.entry("patient.familyName", "Ledersen"),
                Map.entry("employment.employer", DemoAccounts.LEADER_EMPLOYER),
                Map.entry("employment.employerName", "Fjordbakst AS"), Map.entry("employment.leaderName", "Lars Leder"),
                Map.entry("receivedOn", TestClock.TODAY.minusDays(3).toString()), Map.entry("sickLeave.status", "FULL"),
                Map.entry("sickLeave.grade", "100"), Map.entry("sickLeave.since", TestClock.TODAY.minusWeeks(5).toString()),
                Map.entry("complaintGroup", "MUSCULOSKELETAL"), Map.entry("diagnosis.system", "ICPC2"),
                Map.entry("diagnosis.code", "L03")));
        if (nearestLeader != null) {
            form.put("employment.nearestLeader", nearestLeader);
        }
        HttpResponse<String> response = coordinator.post("/henvisninger/ny", form);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        UUID referralId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        return pathways.byReferral(referralId).orElseThrow();
    }

    @Test
    void aLeaderNamedInTheReferralFormSeesTheEmployeeAndAnotherNamedLeaderShutsThemOut() {
        Browser coordinator = new Browser(port).logIn("kari.koordinator");
        Browser leader = new Browser(port).logIn("lars.leder");
        Pathway named = referredThroughTheForm(coordinator, "lars.leder");
        Pathway someoneElses = referredThroughTheForm(coordinator, "eva.leder");

        assertThat(leader.get("/forlop/" + named.id()).statusCode()).isEqualTo(200);
        assertThat(leader.get("/personer").body()).contains(named.id().toString())
                .doesNotContain(someoneElses.id().toString());
        // The same employer, another named leader: lars.leder does not learn the employee exists.
        assertThat(leader.get("/forlop/" + someoneElses.id()).statusCode()).isEqualTo(404);
        assertThat(new Http(port, "lars.leder").get("/api/v1/pathways/" + someoneElses.id()).statusCode()).isEqualTo(404);
    }

    @Test
    void anUnnamedLeaderGivesTheEmployerNothingUntilTheCoordinatorNamesOne() {
        Browser coordinator = new Browser(port).logIn("kari.koordinator");
        Browser leader = new Browser(port).logIn("lars.leder");
        Pathway pathway = referredThroughTheForm(coordinator, null);

        assertThat(leader.get("/forlop/" + pathway.id()).statusCode()).isEqualTo(404);
        assertThat(new Http(port, "lars.leder").get("/api/v1/pathways/" + pathway.id()).statusCode()).isEqualTo(404);
        assertThat(leader.get("/personer").body()).doesNotContain(pathway.id().toString());
        String page = coordinator.get("/forlop/" + pathway.id()).body();
        assertThat(page).contains("Nærmeste leder er ikke registrert ennå", "Registrer nærmeste leder");

        // Bad input is a field message, never a 500; nothing changes.
        HttpResponse<String> bad = coordinator.post("/forlop/" + pathway.id() + "/naermeste-leder",
                Map.of("employmentId", employmentOf(pathway), "version", "0", "nearestLeader", "Lars Leder"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Oppgi nærmeste leders fødselsnummer");
        assertThat(leader.get("/forlop/" + pathway.id()).statusCode()).isEqualTo(404);

        HttpResponse<String> ok = coordinator.post("/forlop/" + pathway.id() + "/naermeste-leder",
                Map.of("employmentId", employmentOf(pathway), "version", "0", "nearestLeader", "lars.leder"));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(leader.get("/forlop/" + pathway.id()).statusCode()).isEqualTo(200);
        assertThat(coordinator.get("/forlop/" + pathway.id()).body()).contains("Brukernavn lars.leder")
                .doesNotContain("Nærmeste leder er ikke registrert ennå");

        // A second coordinator with the old version gets a conflict, not a lost update.
        Http api = new Http(port, "ola.koordinator");
        HttpResponse<String> stale = api.send("PUT", "/api/v1/pathways/" + pathway.id() + "/nearest-leader",
                "{\"version\":0,\"nearestLeader\":\"eva.leder\"}");
        assertThat(stale.statusCode()).isEqualTo(409);
        HttpResponse<String> badApi = api.send("PUT", "/api/v1/pathways/" + pathway.id() + "/nearest-leader",
                "{\"version\":1,\"nearestLeader\":\"not a leader\"}");
        assertThat(badApi.statusCode()).isEqualTo(400);
        assertThat(badApi.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(badApi.body()).contains("nearestLeader");
        assertThat(leader.get("/forlop/" + pathway.id()).statusCode()).isEqualTo(200);

        // Another leader named: lars.leder loses access on his next request.
        HttpResponse<String> renamed = api.send("PUT", "/api/v1/pathways/" + pathway.id() + "/nearest-leader",
                "{\"version\":1,\"nearestLeader\":\"eva.leder\"}");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.body()).contains("\"version\":2");
        assertThat(leader.get("/forlop/" + pathway.id()).statusCode()).isEqualTo(404);
        // The leader cannot name themself.
        assertThat(new Http(port, "lars.leder").send("PUT", "/api/v1/pathways/" + pathway.id() + "/nearest-leader",
                "{\"version\":2,\"nearestLeader\":\"lars.leder\"}").statusCode()).isIn(403, 404);
    }

    @Test
    void anAcknowledgementWithoutWorkFunctionConsentIsRefusedAndRevealsNothing() {
        Browser coordinator = new Browser(port).logIn("kari.koordinator");
        Pathway pathway = referredThroughTheForm(coordinator, "lars.leder");
        PlanVersion version = publishPlan.publish(pathway.id(), 0, new PlanDraft(PLAN_MARKER, List.of(), List.of(),
                null, List.of(), false), "kari.koordinator");
        Http leader = new Http(port, "lars.leder");

        HttpResponse<String> refused = leader.send("POST", "/api/v1/plan-versions/" + version.id() + "/acknowledgements",
                null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain(PLAN_MARKER);
        assertThat(plans.version(version.id()).acknowledgedBy(Party.EMPLOYER)).isFalse();
        // The web route takes the same decision.
        assertThat(new Browser(port).logIn("lars.leder").post("/plan/" + version.id() + "/bekreft", Map.of())
                .statusCode()).isEqualTo(403);
        assertThat(plans.version(version.id()).acknowledgedBy(Party.EMPLOYER)).isFalse();

        // An unrelated leader does not even learn the plan exists.
        Pathway unnamed = referredThroughTheForm(coordinator, null);
        PlanVersion other = publishPlan.publish(unnamed.id(), 0, new PlanDraft(PLAN_MARKER, List.of(), List.of(),
                null, List.of(), false), "kari.koordinator");
        HttpResponse<String> hidden = leader.send("POST", "/api/v1/plan-versions/" + other.id() + "/acknowledgements",
                null);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).doesNotContain(PLAN_MARKER);

        // With the patient's consent the same request succeeds, and the answer is the plan the leader may read.
        consentToTheEmployer(pathway);
        HttpResponse<String> allowed = leader.send("POST", "/api/v1/plan-versions/" + version.id() + "/acknowledgements",
                null);
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.body()).contains(PLAN_MARKER);
        assertThat(plans.version(version.id()).acknowledgedBy(Party.EMPLOYER)).isTrue();
    }

    @Autowired GrantConsent grantConsent;
    @Autowired Sharing sharing;

    void consentToTheEmployer(Pathway pathway) {
        grantConsent.grant(pathway.personId().value(), Party.EMPLOYER, DemoAccounts.LEADER_EMPLOYER,
                InformationCategory.WORK_FUNCTION, Purpose.FOLLOW_UP, null);
    }

    @Test
    void thePatientSwitchesOnTheGpsMeetingsAndTheCoordinatorCanThenInviteTheGp() {
        Referral referral = registerReferral.register(Referrals.forTheDemoPatient(), "kari.koordinator");
        Pathway pathway = pathways.byReferral(referral.id()).orElseThrow();
        try {
            gpMeetingsSwitchedOnAndOff(pathway);
        } finally {
            // The demo patient is shared with other tests: leave no GP consent behind, whatever happened.
            sharing.history(pathway.personId().value()).stream()
                    .filter(c -> c.purpose() == Purpose.MEETING_PARTICIPATION && c.withdrawnAt() == null)
                    .forEach(c -> withdrawConsent.withdraw(pathway.personId().value(), c.id()));
        }
    }

    @Autowired WithdrawConsent withdrawConsent;

    private void gpMeetingsSwitchedOnAndOff(Pathway pathway) {
        Browser patient = new Browser(port).logIn("pia.pasient");
        Browser coordinator = new Browser(port).logIn("kari.koordinator");
        Map<String, String> withGp = Map.of("type", "COLLABORATION", "date", TestClock.TODAY.plusDays(7).toString(),
                "time", "09:00", "durationMinutes", "60", "place", "Klinikken", "with_PATIENT", "on",
                "name_PATIENT", "Pia Pasient", "with_GP", "on", "name_GP", "Gunnar Fastlege");

        String sharingPage = patient.get("/mitt/deling").body();
        assertThat(sharingPage).contains("Deltakelse i samhandlingsmøter", "kan klinikken invitere fastlegen din");
        HttpResponse<String> refused = coordinator.post("/forlop/" + pathway.id() + "/moter", withGp);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Fastlegen kan bare delta når pasienten har samtykket til det");

        assertThat(patient.post("/mitt/deling/pa", Map.of("recipient", "GP", "organisation", "", "category", "ADMIN"))
                .statusCode()).isEqualTo(302);
        assertThat(patient.get("/mitt/deling").body()).contains("Deltakelse i samhandlingsmøter. Gitt av deg selv");
        HttpResponse<String> invited = coordinator.post("/forlop/" + pathway.id() + "/moter", withGp);
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(302);
        String location = invited.headers().firstValue("Location").orElseThrow();
        String meeting = location.substring(location.indexOf("/moter/"));
        Browser gp = new Browser(port).logIn("gunnar.fastlege");
        assertThat(gp.get(meeting).statusCode()).isEqualTo(200);

        // The clinic sees who gave the consent and how; the patient withdraws it on the same page.
        assertThat(coordinator.get("/forlop/" + pathway.id()).body()).contains("Gitt av pasienten selv");
        UUID consentId = sharing.history(pathway.personId().value()).stream()
                .filter(c -> c.purpose() == Purpose.MEETING_PARTICIPATION && c.withdrawnAt() == null)
                .findFirst().orElseThrow().id();
        assertThat(patient.post("/mitt/deling/" + consentId + "/av", Map.of()).statusCode()).isEqualTo(302);
        assertThat(patient.get("/mitt/deling").body()).contains("Trukket tilbake");
        assertThat(coordinator.post("/forlop/" + pathway.id() + "/moter", withGp).statusCode()).isEqualTo(400);
    }

    @Test
    void theClinicRecordsAPaperConsentForTheGpsMeetingsWithAnEndDate() {
        Browser coordinator = new Browser(port).logIn("kari.koordinator");
        Pathway pathway = referredThroughTheForm(coordinator, "lars.leder");
        LocalDate until = TestClock.TODAY.plusMonths(3);
        HttpResponse<String> recorded = coordinator.post("/forlop/" + pathway.id() + "/samtykke", Map.of(
                "recipient", "GP", "category", "ADMIN", "validUntil", until.toString()));
        assertThat(recorded.statusCode()).isEqualTo(302);
        assertThat(coordinator.get("/forlop/" + pathway.id()).body())
                .contains("Deltakelse i samhandlingsmøter. Registrert av behandler etter skriftlig samtykke (Kari Koordinator)")
                .contains("til og med " + no.samspill.shared.Dates.format(until));
        HttpResponse<String> bad = coordinator.post("/forlop/" + pathway.id() + "/samtykke", Map.of(
                "recipient", "GP", "category", "ADMIN", "validUntil", "i morgen"));
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    @Test
    void theLeaderAndTheGpSeeOnlyMeetingsTheyAreInvitedTo() {
        Browser coordinator = new Browser(port).logIn("kari.koordinator");
        Pathway pathway = referredThroughTheForm(coordinator, "lars.leder");
        Meeting withoutLeader = schedule.schedule(pathway.id(), new MeetingRequest(MeetingType.COLLABORATION,
                TestClock.TODAY.plusDays(5).atTime(10, 0), 60, "Klinikken", null,
                List.of(new Participant(Participant.Role.PATIENT, "Lea", null, null))), "kari.koordinator");
        Meeting withLeader = schedule.schedule(pathway.id(), new MeetingRequest(MeetingType.DIALOGUE_1,
                TestClock.TODAY.plusDays(6).atTime(10, 0), 60, "Klinikken", null,
                List.of(new Participant(Participant.Role.PATIENT, "Lea", null, null),
                        new Participant(Participant.Role.NEAREST_LEADER, "Lars Leder", "lars.leder", null))),
                "kari.koordinator");
        Browser leader = new Browser(port).logIn("lars.leder");
        Http leaderApi = new Http(port, "lars.leder");

        assertThat(leader.get("/moter/" + withoutLeader.id()).statusCode()).isEqualTo(404);
        assertThat(leader.get("/moter/" + withoutLeader.id() + "/invitasjon.ics").statusCode()).isEqualTo(404);
        assertThat(leaderApi.get("/api/v1/meetings/" + withoutLeader.id()).statusCode()).isEqualTo(404);
        String list = leaderApi.get("/api/v1/pathways/" + pathway.id() + "/meetings").body();
        assertThat(list).contains(withLeader.id().toString()).doesNotContain(withoutLeader.id().toString());
        assertThat(leader.get("/moter/" + withLeader.id()).statusCode()).isEqualTo(200);
        // The GP (who referred the patient, but is invited to neither) sees neither.
        Http gp = new Http(port, "gunnar.fastlege");
        assertThat(gp.get("/api/v1/pathways/" + pathway.id() + "/meetings").body())
                .doesNotContain(withLeader.id().toString()).doesNotContain(withoutLeader.id().toString());
        assertThat(gp.get("/api/v1/meetings/" + withLeader.id()).statusCode()).isEqualTo(404);
    }

    private String employmentOf(Pathway pathway) {
        return persons.employments(pathway.personId()).get(0).id().toString();
    }
}
