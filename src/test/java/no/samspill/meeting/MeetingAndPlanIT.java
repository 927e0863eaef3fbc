package no.samspill.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.samspill.access.AddNavToTeam;
import no.samspill.access.GrantConsent;
import no.samspill.access.InformationCategory;
import no.samspill.access.Party;
import no.samspill.access.Purpose;
import no.samspill.identifiers.HprNumber;
import no.samspill.identifiers.OrganisationNumber;
import no.samspill.identifiers.Sex;
import no.samspill.identifiers.SyntheticNationalIds;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.person.EmploymentDetails;
import no.samspill.person.PatientDetails;
import no.samspill.plan.AcknowledgePlan;
import no.samspill.plan.PlanDraft;
import no.samspill.plan.PlanQueries;
import no.samspill.plan.PlanVersion;
import no.samspill.plan.PublishPlanVersion;
import no.samspill.referral.ComplaintGroup;
import no.samspill.referral.DiagnosisCode;
import no.samspill.referral.NewReferral;
import no.samspill.referral.Referral;
import no.samspill.referral.ReferredSickLeave;
import no.samspill.referral.Referrer;
import no.samspill.referral.ReferrerKind;
import no.samspill.referral.RegisterReferral;
import no.samspill.referral.SickLeaveStatus;
import no.samspill.referral.TriageDecision;
import no.samspill.referral.TriageOutcome;
import no.samspill.referral.TriageReferral;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.security.CurrentUser;
import no.samspill.security.DemoAccounts;
import no.samspill.security.Role;
import no.samspill.support.AsUser;
import no.samspill.support.Http;
import no.samspill.shared.ConcurrentChangeException;
import no.samspill.shared.InvalidInputException;
import no.samspill.sickleave.MilestoneKind;
import no.samspill.sickleave.RegisterSickLeavePeriod;
import no.samspill.sickleave.SickLeaveTimelines;
import no.samspill.support.Browser;
import no.samspill.support.IntegrationTest;
import no.samspill.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;

/** Meetings, minutes and the plan on PostgreSQL, as the coordinator, and what the leader then sees and does. */
@IntegrationTest
@WithUserDetails("kari.koordinator")
class MeetingAndPlanIT {

    static final LocalDate TODAY = TestClock.TODAY;

    @LocalServerPort int port;
    @Autowired RegisterReferral registerReferral;
    @Autowired TriageReferral triageReferral;
    @Autowired RegisterSickLeavePeriod registerSickLeave;
    @Autowired PathwayQueries pathways;
    @Autowired GrantConsent grantConsent;
    @Autowired AddNavToTeam addNavToTeam;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired ScheduleMeeting schedule;
    @Autowired ReplyToMeeting reply;
    @Autowired RecordMeetingHeld held;
    @Autowired WriteMinutes writeMinutes;
    @Autowired CorrectMinutes correctMinutes;
    @Autowired MeetingQueries meetings;
    @Autowired PublishPlanVersion publishPlan;
    @Autowired PlanQueries plans;
    @Autowired AcknowledgePlan acknowledgePlan;
    @Autowired SickLeaveTimelines timelines;

    Pathway pathway;
    String family;
    NationalIdNumber nationalId;

    @BeforeEach
    void aPatientOfTheDemoLeader() {
        family = "Moteson" + Long.toString(Math.abs(new Random().nextLong()), 36).replaceAll("[0-9]", "").toUpperCase();
        nationalId = SyntheticNationalIds.generate(LocalDate.of(1960, 1, 1).plusDays(new Random().nextInt(40 * 365)),
                Sex.FEMALE, new Random());
        NewReferral referral = new NewReferral(DemoAccounts.CLINIC_NORD,
                new Referrer(ReferrerKind.GP, "Gunnar Fastlege", HprNumber.parse(DemoAccounts.GP_HPR), "Legekontor"),
                new PatientDetails(nationalId, "Mia", family, null, null),
                new EmploymentDetails(OrganisationNumber.parse(DemoAccounts.LEADER_EMPLOYER), "Fjordbakst AS", "Baker",
                        "Lars Leder", null, null, "lars.leder"),
                TODAY.minusDays(20), new ReferredSickLeave(SickLeaveStatus.FULL, 100, TODAY.minusWeeks(6)),
                ComplaintGroup.COMMON_MENTAL, new DiagnosisCode(DiagnosisCode.System.ICPC2, "P76"), "Prøvd samtaler",
                "Tilbake i jobb", "kari.koordinator");
        Referral created = registerReferral.register(referral, "kari.koordinator");
        triageReferral.triage(created.id(), 0, new TriageDecision(TriageOutcome.RIGHT_TO_CARE, TODAY.plusWeeks(3), null),
                "kari.koordinator");
        registerSickLeave.register(created.personId(), TODAY.minusWeeks(6), TODAY.plusWeeks(6), 100, "kari.koordinator");
        grantConsent.grant(created.personId().value(), Party.EMPLOYER, DemoAccounts.LEADER_EMPLOYER,
                InformationCategory.WORK_FUNCTION, Purpose.FOLLOW_UP, null);
        pathway = pathways.byReferral(created.id()).orElseThrow();
    }

    MeetingRequest request(MeetingType type, List<Participant> participants) {
        return new MeetingRequest(type, LocalDateTime.of(TODAY, java.time.LocalTime.of(8, 0)), 60, "Klinikken", null,
                participants);
    }

    List<Participant> leaderAndPatient() {
        return List.of(new Participant(Participant.Role.PATIENT, "Mia", null, null),
                new Participant(Participant.Role.NEAREST_LEADER, "Lars Leder", "lars.leder", null));
    }

    @Test
    void aHeldMeetingsMinutesPutTheLeadersTaskOnTheirWorklistAndCorrectionsAreKept() {
        Meeting m = schedule.schedule(pathway.id(), request(MeetingType.COLLABORATION, leaderAndPatient()), "kari.koordinator");
        m = reply.reply(m.id(), m.version(), 1, Participant.Reply.COMING, "kari.koordinator");
        assertThat(m.participants().get(1).reply()).isEqualTo(Participant.Reply.COMING);
        m = held.held(m.id(), m.version(), "kari.koordinator");
        assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
        m = writeMinutes.write(m.id(), m.version(), new Minutes("Situasjon", "Konklusjon", "HELSENOTAT", List.of(
                new Minutes.MinuteTask("Avklar lettere oppgaver", "lars.leder", TODAY.plusDays(7), null)), true), true,
                "kari.koordinator");
        assertThat(m.minutes().tasks().get(0).taskId()).isNotNull();
        assertThat(pathways.tasks(pathway.id())).anyMatch(t -> t.owner().equals("lars.leder") && t.open());

        Meeting finalised = m;
        assertThatThrownBy(() -> writeMinutes.write(finalised.id(), finalised.version(),
                new Minutes("x", "y", null, List.of(), false), false, "kari.koordinator"))
                .isInstanceOf(no.samspill.shared.RefusedChangeException.class);
        m = correctMinutes.correct(m.id(), m.version(), "Situasjon rettet", "Konklusjon", "Skrivefeil", "kari.koordinator");
        assertThat(m.minutes().situation()).isEqualTo("Situasjon rettet");
        assertThat(meetings.corrections(m.id())).singleElement()
                .satisfies(c -> assertThat(c.oldSituation()).isEqualTo("Situasjon"));

        // The leader sees the meeting, the minutes and their task, but never the clinical note.
        Browser leader = new Browser(port).logIn("lars.leder");
        String page = leader.get("/moter/" + m.id()).body();
        assertThat(page).contains("Situasjon rettet", "Avklar lettere oppgaver", "Skrivefeil").doesNotContain("HELSENOTAT");
        assertThat(leader.get("/api/v1/meetings/" + m.id()).body()).doesNotContain("HELSENOTAT");
        assertThat(leader.get("/forlop/" + pathway.id()).body()).contains("Avklar lettere oppgaver");
        assertThat(leader.get("/moter/" + m.id() + "/invitasjon.ics").body()).contains("BEGIN:VEVENT");
    }

    @Test
    void navReadsTheClinicalNoteOnlyWithConsentAndThatReadIsLoggedAsHealthDataWithTheConsent() {
        addNavToTeam.add(pathway.personId().value(), OrganisationNumber.parse(DemoAccounts.NAV_OFFICE));
        Meeting m = schedule.schedule(pathway.id(), request(MeetingType.COLLABORATION, leaderAndPatient()), "kari.koordinator");
        m = held.held(m.id(), m.version(), "kari.koordinator");
        m = writeMinutes.write(m.id(), m.version(), new Minutes("Situasjon", "Konklusjon", "NAVNOTAT", List.of(), true),
                true, "kari.koordinator");
        Browser nav = new Browser(port).logIn("nils.nav");
        assertThat(nav.get("/api/v1/meetings/" + m.id()).body()).contains("Situasjon").doesNotContain("NAVNOTAT");
        assertThat(clinicalNoteReads()).isZero();

        var consent = grantConsent.grant(pathway.personId().value(), Party.NAV, DemoAccounts.NAV_OFFICE,
                InformationCategory.HEALTH, Purpose.FOLLOW_UP, null);
        assertThat(nav.get("/api/v1/meetings/" + m.id()).body()).contains("NAVNOTAT");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_entry WHERE username = 'nils.nav' AND resource_type = 'MinutesClinicalNote'
                  AND category = 'HEALTH' AND allowed AND consent_id = ? AND person_id = ?""")
                .params(consent.id(), pathway.personId().value()).query(Long.class).single()).isEqualTo(1L);
    }

    private long clinicalNoteReads() {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE username = 'nils.nav' AND person_id = ? "
                + "AND resource_type = 'MinutesClinicalNote'").param(pathway.personId().value()).query(Long.class).single();
    }

    @Test
    void twoEditorsOfTheSameMinutesOrPlanGetAConflictNotALostUpdate() {
        Meeting m = schedule.schedule(pathway.id(), request(MeetingType.COLLABORATION, leaderAndPatient()), "kari.koordinator");
        Meeting h = held.held(m.id(), m.version(), "kari.koordinator");
        writeMinutes.write(h.id(), h.version(), new Minutes("Første", "K", null, List.of(), false), false, "kari.koordinator");
        assertThatThrownBy(() -> writeMinutes.write(h.id(), h.version(), new Minutes("Andre", "K", null, List.of(), false),
                false, "lise.kliniker")).isInstanceOf(ConcurrentChangeException.class);
        assertThat(meetings.byId(h.id()).minutes().situation()).isEqualTo("Første");

        publishPlan.publish(pathway.id(), 0, plan(40), "kari.koordinator");
        assertThatThrownBy(() -> publishPlan.publish(pathway.id(), 0, plan(50), "lise.kliniker"))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(plans.versions(pathway.id())).singleElement().satisfies(v -> assertThat(v.steps().get(0).percent()).isEqualTo(40));
    }

    @Test
    void aHeldDialogueMeetingOneMeetsItsMilestone() {
        Meeting m = schedule.schedule(pathway.id(), request(MeetingType.DIALOGUE_1, leaderAndPatient()), "kari.koordinator");
        held.held(m.id(), m.version(), "kari.koordinator");
        assertThat(timelines.timeline(pathway.personId(), TODAY).milestones()).anyMatch(
                t -> t.kind() == MilestoneKind.DIALOGUE_MEETING_1 && TODAY.equals(t.metOn()));
    }

    @Test
    void theGpTakesPartOnlyWithThePatientsConsent() {
        List<Participant> withGp = List.of(new Participant(Participant.Role.PATIENT, "Mia", null, null),
                new Participant(Participant.Role.GP, "Gunnar Fastlege", null, null));
        assertThatThrownBy(() -> schedule.schedule(pathway.id(), request(MeetingType.COLLABORATION, withGp),
                "kari.koordinator")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).anyMatch(p -> p.field().equals("participants")));
        grantConsent.grant(pathway.personId().value(), Party.GP, null, InformationCategory.ADMIN,
                Purpose.MEETING_PARTICIPATION, null);
        assertThat(schedule.schedule(pathway.id(), request(MeetingType.COLLABORATION, withGp), "kari.koordinator")
                .invites(Participant.Role.GP)).isTrue();
    }

    @Test
    void badGradedSchedulesAreRefusedWithFieldMessages() {
        PlanDraft bad = new PlanDraft("Mål", List.of(), List.of(
                new PlanDraft.GradedStep(TODAY, TODAY.plusDays(14), 150),
                new PlanDraft.GradedStep(TODAY.plusDays(10), TODAY.plusDays(20), 50),
                new PlanDraft.GradedStep(TODAY.plusYears(3), TODAY.plusYears(3).plusDays(5), 50)), null, List.of(), false);
        assertThatThrownBy(() -> publishPlan.publish(pathway.id(), 0, bad, "kari.koordinator"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::field)
                        .contains("steps[0].percent", "steps[1].from", "steps[2].from"));
    }

    @Test
    void theLeaderAndThePatientAcknowledgeAndTheAgreedPlanMeetsTheMilestone() {
        PlanVersion v = publishPlan.publish(pathway.id(), 0, plan(40), "kari.koordinator");
        assertThat(followUpPlanMetOn()).as("the week-4 milestone is open before the plan is agreed").isNull();
        Browser leader = new Browser(port).logIn("lars.leder");
        String section = leader.get("/forlop/" + pathway.id() + "/plan").body();
        assertThat(section).contains("Tilbake i full stilling", "acknowledge-plan");
        assertThat(leader.post("/plan/" + v.id() + "/bekreft", Map.of()).statusCode()).isEqualTo(302);
        assertThat(leader.get("/plan/" + v.id() + "/pdf").headers().firstValue("Content-Type")).hasValue("application/pdf");
        // Nobody else acknowledges for the employer; the coordinator cannot acknowledge at all.
        assertThatThrownBy(() -> acknowledgePlan.acknowledge(v.id(), "kari.koordinator"))
                .isInstanceOf(no.samspill.access.NoAccessException.class);
        assertThat(plans.version(v.id()).acknowledgedBy(Party.EMPLOYER)).isTrue();
        assertThat(plans.version(v.id()).agreed()).as("the leader alone does not agree the plan").isFalse();
        assertThat(followUpPlanMetOn()).isNull();

        // The patient, logged in with their own national ID number, acknowledges the same version: the plan is agreed
        // and the follow-up-plan milestone is met today.
        CurrentUser patient = new CurrentUser("idporten-mia", "Mia " + family, Role.PATIENT, null, null, null,
                nationalId.value());
        PlanVersion agreed = AsUser.as(patient, () -> acknowledgePlan.acknowledge(v.id(), "idporten-mia"));
        assertThat(agreed.acknowledgedBy(Party.PATIENT)).isTrue();
        assertThat(agreed.agreed()).isTrue();
        assertThat(plans.version(v.id()).agreed()).isTrue();
        assertThat(followUpPlanMetOn()).isEqualTo(TODAY);
        // The leader may not publish a plan.
        assertThat(leader.post("/forlop/" + pathway.id() + "/plan", Map.of("basedOn", "1", "goal", "x")).statusCode())
                .isGreaterThanOrEqualTo(400);
    }

    @Test
    void aNewerVersionNeedsBothAcknowledgementsAgain() {
        PlanVersion v1 = publishPlan.publish(pathway.id(), 0, plan(40), "kari.koordinator");
        CurrentUser patient = new CurrentUser("idporten-mia", "Mia " + family, Role.PATIENT, null, null, null,
                nationalId.value());
        AsUser.as(patient, () -> acknowledgePlan.acknowledge(v1.id(), "idporten-mia"));
        PlanVersion v2 = publishPlan.publish(pathway.id(), 1, plan(60), "kari.koordinator");
        Browser leader = new Browser(port).logIn("lars.leder");
        assertThat(leader.post("/plan/" + v1.id() + "/bekreft", Map.of()).statusCode()).as("an older version").isEqualTo(422);
        assertThat(leader.post("/plan/" + v2.id() + "/bekreft", Map.of()).statusCode()).isEqualTo(302);
        assertThat(plans.version(v2.id()).agreed()).isFalse();
        assertThat(followUpPlanMetOn()).isNull();
    }

    @Test
    void aHeldDialogueMeetingTwoMeetsItsMilestone() {
        Meeting m = schedule.schedule(pathway.id(), request(MeetingType.DIALOGUE_2, leaderAndPatient()), "kari.koordinator");
        assertThat(milestoneMetOn(MilestoneKind.DIALOGUE_MEETING_2)).isNull();
        held.held(m.id(), m.version(), "kari.koordinator");
        assertThat(milestoneMetOn(MilestoneKind.DIALOGUE_MEETING_2)).isEqualTo(TODAY);
        assertThat(milestoneMetOn(MilestoneKind.DIALOGUE_MEETING_1)).as("only its own milestone").isNull();
    }

    @Test
    void aMeetingBeforeThePathwayBeganIsRefusedUnlessAllowed() {
        LocalDateTime before = pathway.openedOn().minusDays(2).atTime(9, 0);
        MeetingRequest early = new MeetingRequest(MeetingType.COLLABORATION, before, 60, "Klinikken", null,
                leaderAndPatient());
        assertThatThrownBy(() -> schedule.schedule(pathway.id(), early, "kari.koordinator"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.field().equals("start") && p.message().contains("før forløpet")));
        Meeting allowed = schedule.schedule(pathway.id(), new MeetingRequest(MeetingType.COLLABORATION, before, 60,
                "Klinikken", null, leaderAndPatient(), true), "kari.koordinator");
        assertThat(allowed.startsAt()).isBefore(pathway.openedOn().atStartOfDay(Meeting.OSLO).toInstant());

        Meeting later = schedule.schedule(pathway.id(), request(MeetingType.COLLABORATION, leaderAndPatient()),
                "kari.koordinator");
        Http api = new Http(port, "kari.koordinator");
        String body = "{\"version\":0,\"start\":\"" + before + "\",\"durationMinutes\":60,\"place\":\"Klinikken\"}";
        var refused = api.send("POST", "/api/v1/meetings/" + later.id() + "/reschedule", body);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"start\"");
        assertThat(api.send("POST", "/api/v1/meetings/" + later.id() + "/reschedule",
                body.replace("}", ",\"allowBeforePathway\":true}")).statusCode()).isEqualTo(200);
    }

    @Test
    void staleMinutesAndPlansAndIllegalStatusChangesAreConflictsOverTheApi() {
        Http api = new Http(port, "kari.koordinator");
        Meeting m = schedule.schedule(pathway.id(), request(MeetingType.COLLABORATION, leaderAndPatient()), "kari.koordinator");
        Meeting h = held.held(m.id(), m.version(), "kari.koordinator");
        String minutes = "{\"version\":%d,\"situation\":\"%s\",\"conclusion\":\"K\"}";
        assertThat(api.send("POST", "/api/v1/meetings/" + h.id() + "/minutes", minutes.formatted(h.version(), "Første"))
                .statusCode()).isEqualTo(200);
        var stale = api.send("POST", "/api/v1/meetings/" + h.id() + "/minutes", minutes.formatted(h.version(), "Andre"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(meetings.byId(h.id()).minutes().situation()).isEqualTo("Første");

        // Held is final: neither cancelled nor held again, and a cancelled meeting is never held.
        int now = meetings.byId(h.id()).version();
        assertThat(api.send("POST", "/api/v1/meetings/" + h.id() + "/cancel", "{\"version\":" + now + "}").statusCode())
                .isEqualTo(409);
        assertThat(api.send("POST", "/api/v1/meetings/" + h.id() + "/held", "{\"version\":" + now + "}").body())
                .contains("refused-change");
        Meeting other = schedule.schedule(pathway.id(), request(MeetingType.COLLABORATION, leaderAndPatient()),
                "kari.koordinator");
        assertThat(api.send("POST", "/api/v1/meetings/" + other.id() + "/cancel", "{\"version\":0}").statusCode())
                .isEqualTo(200);
        assertThat(api.send("POST", "/api/v1/meetings/" + other.id() + "/held", "{\"version\":1}").statusCode())
                .isEqualTo(409);
        assertThat(meetings.byId(other.id()).status()).isEqualTo(MeetingStatus.CANCELLED);

        String plan = "{\"basedOn\":%d,\"goal\":\"%s\"}";
        assertThat(api.send("POST", "/api/v1/pathways/" + pathway.id() + "/plan-versions", plan.formatted(0, "Mål A"))
                .statusCode()).isEqualTo(201);
        assertThat(api.send("POST", "/api/v1/pathways/" + pathway.id() + "/plan-versions", plan.formatted(0, "Mål B"))
                .statusCode()).isEqualTo(409);
        assertThat(plans.versions(pathway.id())).singleElement().satisfies(v -> assertThat(v.goal()).isEqualTo("Mål A"));
    }

    LocalDate followUpPlanMetOn() {
        return milestoneMetOn(MilestoneKind.FOLLOW_UP_PLAN);
    }

    LocalDate milestoneMetOn(MilestoneKind kind) {
        return timelines.timeline(pathway.personId(), TODAY).milestones().stream().filter(t -> t.kind() == kind)
                .findFirst().orElseThrow().metOn();
    }

    PlanDraft plan(int percent) {
        return new PlanDraft("Tilbake i full stilling", List.of(new PlanDraft.Adjustment("Lettere oppgaver", "Lars Leder",
                TODAY, TODAY.plusWeeks(4))), List.of(new PlanDraft.GradedStep(TODAY, TODAY.plusWeeks(2), percent),
                new PlanDraft.GradedStep(TODAY.plusWeeks(2).plusDays(1), TODAY.plusWeeks(6), 100)), "Ingen",
                List.of(TODAY.plusWeeks(4)), false);
    }
}
