package no.samspill.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import no.samspill.access.AddNavToTeam;
import no.samspill.identifiers.OrganisationNumber;
import no.samspill.pathway.AddTask;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.pathway.PathwayTask;
import no.samspill.referral.Referral;
import no.samspill.referral.RegisterReferral;
import no.samspill.security.DemoAccounts;
import no.samspill.support.Browser;
import no.samspill.support.Http;
import no.samspill.support.IntegrationTest;
import no.samspill.support.Referrals;
import no.samspill.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * "Mine oppgaver": the tasks that finalised minutes give the nearest leader, the patient and the NAV counsellor, each
 * on their own page and in the API, through the access layer, and each marks only their own done.
 */
@IntegrationTest
@WithUserDetails("kari.koordinator")
class MyTasksIT {

    static final LocalDate TODAY = TestClock.TODAY;

    @LocalServerPort int port;
    @Autowired RegisterReferral registerReferral;
    @Autowired PathwayQueries pathways;
    @Autowired AddNavToTeam addNavToTeam;
    @Autowired AddTask addTask;
    @Autowired ScheduleMeeting schedule;
    @Autowired RecordMeetingHeld held;
    @Autowired WriteMinutes writeMinutes;

    String marker;
    Pathway pathway;
    PathwayTask leaderTask;
    PathwayTask patientTask;
    PathwayTask navTask;

    @BeforeEach
    void minutesWithATaskForEachParty() {
        marker = Long.toString(Math.abs(new Random().nextLong()), 36).replaceAll("[0-9]", "").toUpperCase();
        Referral referral = registerReferral.register(Referrals.forTheDemoPatient(), "kari.koordinator");
        addNavToTeam.add(referral.personId().value(), OrganisationNumber.parse(DemoAccounts.NAV_OFFICE));
        pathway = pathways.byReferral(referral.id()).orElseThrow();
        Meeting m = schedule.schedule(pathway.id(), new MeetingRequest(MeetingType.COLLABORATION,
                LocalDateTime.of(TODAY, LocalTime.of(8, 0)), 60, "Klinikken", null, List.of(
                new Participant(Participant.Role.PATIENT, "Pia Pasient", "pia.pasient", null),
                new Participant(Participant.Role.NEAREST_LEADER, "Lars Leder", "lars.leder", null),
                new Participant(Participant.Role.NAV_COUNSELLOR, "Nils", "nils.nav", null))), "kari.koordinator");
        Meeting h = held.held(m.id(), m.version(), "kari.koordinator");
        writeMinutes.write(h.id(), h.version(), new Minutes("Situasjon", "Konklusjon", "HELSEMARKOR-" + marker, List.of(
                new Minutes.MinuteTask("Leder " + marker, "lars.leder", TODAY.plusDays(3), null),
                new Minutes.MinuteTask("Pasient " + marker, "pia.pasient", TODAY.plusDays(4), null),
                new Minutes.MinuteTask("NAV " + marker, "nils.nav", TODAY.plusDays(5), null)), true), true,
                "kari.koordinator");
        List<PathwayTask> tasks = pathways.tasks(pathway.id());
        leaderTask = tasks.stream().filter(t -> t.title().equals("Leder " + marker)).findFirst().orElseThrow();
        patientTask = tasks.stream().filter(t -> t.title().equals("Pasient " + marker)).findFirst().orElseThrow();
        navTask = tasks.stream().filter(t -> t.title().equals("NAV " + marker)).findFirst().orElseThrow();
    }

    @Test
    void eachPartySeesTheirOwnTasksAndNoHealthData() {
        Browser leader = new Browser(port).logIn("lars.leder");
        assertThat(leader.get("/personer").body()).contains("href=\"/mine-oppgaver\"");
        String page = leader.get("/mine-oppgaver").body();
        assertThat(page).contains("Leder " + marker, "Pia Pasient", "/forlop/" + pathway.id())
                .doesNotContain("Pasient " + marker, "NAV " + marker, "HELSEMARKOR-" + marker);
        String api = new Http(port, "lars.leder").get("/api/v1/my-tasks?size=200").body();
        assertThat(api).contains("\"title\":\"Leder " + marker + "\"", "\"id\":\"" + leaderTask.id() + "\"")
                .doesNotContain("Pasient " + marker, "HELSEMARKOR-" + marker);

        assertThat(new Browser(port).logIn("pia.pasient").get("/mine-oppgaver").body()).contains("Pasient " + marker)
                .doesNotContain("Leder " + marker);
        assertThat(new Browser(port).logIn("nils.nav").get("/mine-oppgaver").body()).contains("NAV " + marker)
                .doesNotContain("Leder " + marker, "HELSEMARKOR-" + marker);
    }

    @Test
    void theOwnerMarksTheirTaskDoneAndNobodyElseCan() {
        Browser leader = new Browser(port).logIn("lars.leder");
        // Another party's task: refused, and it stays open.
        assertThat(leader.post("/mine-oppgaver/" + patientTask.id() + "/utfort",
                Map.of("version", String.valueOf(patientTask.version()))).statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(new Http(port, "lars.leder").send("POST", "/api/v1/my-tasks/" + navTask.id() + "/done",
                "{\"version\":0}").statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(pathways.task(patientTask.id()).orElseThrow().open()).isTrue();
        assertThat(pathways.task(navTask.id()).orElseThrow().open()).isTrue();

        assertThat(leader.post("/mine-oppgaver/" + leaderTask.id() + "/utfort",
                Map.of("version", String.valueOf(leaderTask.version()))).statusCode()).isEqualTo(302);
        assertThat(pathways.task(leaderTask.id()).orElseThrow().doneOn()).isEqualTo(TODAY);
        assertThat(leader.get("/mine-oppgaver").body()).doesNotContain("Leder " + marker);
        // A second click from an old page is a conflict, not a second change.
        var again = leader.post("/mine-oppgaver/" + leaderTask.id() + "/utfort",
                Map.of("version", String.valueOf(leaderTask.version())));
        assertThat(again.statusCode()).isEqualTo(409);

        var done = new Http(port, "nils.nav").send("POST", "/api/v1/my-tasks/" + navTask.id() + "/done",
                "{\"version\":" + navTask.version() + "}");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("\"doneOn\":\"" + TODAY + "\"");
    }

    @Test
    void aTaskOnSomeoneTheLeaderMayNotSeeIsNotListed() {
        Referral other = registerReferral.register(Referrals.aReferral().build(), "kari.koordinator");
        Pathway stranger = pathways.byReferral(other.id()).orElseThrow();
        String title = "Fremmed " + marker;
        addTask.add(stranger.id(), title, "lars.leder", TODAY.plusDays(1), "kari.koordinator");
        assertThat(new Browser(port).logIn("lars.leder").get("/mine-oppgaver").body()).doesNotContain(title);
        assertThat(new Http(port, "lars.leder").get("/api/v1/my-tasks?size=200").body()).doesNotContain(title);
    }

    @Test
    void theClinicUsesItsWorklistInstead() {
        assertThat(new Browser(port).logIn("kari.koordinator").get("/mine-oppgaver").statusCode()).isEqualTo(403);
        assertThat(new Http(port, "kari.koordinator").get("/api/v1/my-tasks").statusCode()).isEqualTo(403);
        assertThat(new Http(port, "lars.leder").get("/api/v1/worklist").statusCode()).isEqualTo(403);
        assertThat(new Http(port, "lars.leder").send("POST", "/api/v1/my-tasks/" + UUID.randomUUID() + "/done",
                "{\"version\":0}").statusCode()).isEqualTo(404);
    }
}
