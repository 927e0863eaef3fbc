package no.samspill.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import no.samspill.assessment.Assessment;
import no.samspill.assessment.RecordAssessment;
import no.samspill.history.ChangeLog;
import no.samspill.history.ChangeRecord;
import no.samspill.identifiers.HprNumber;
import no.samspill.instrument.InstrumentRef;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.identifiers.OrganisationNumber;
import no.samspill.identifiers.Sex;
import no.samspill.identifiers.SyntheticNationalIds;
import no.samspill.meeting.CorrectMinutes;
import no.samspill.meeting.Meeting;
import no.samspill.meeting.MeetingRequest;
import no.samspill.meeting.MeetingType;
import no.samspill.meeting.Minutes;
import no.samspill.meeting.Participant;
import no.samspill.meeting.RecordMeetingHeld;
import no.samspill.meeting.ScheduleMeeting;
import no.samspill.meeting.WriteMinutes;
import no.samspill.pathway.AddTask;
import no.samspill.pathway.ClosePathway;
import no.samspill.pathway.Outcome;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.person.EmploymentDetails;
import no.samspill.person.PatientDetails;
import no.samspill.person.PersonId;
import no.samspill.plan.PlanDraft;
import no.samspill.plan.PlanVersion;
import no.samspill.plan.PublishPlanVersion;
import no.samspill.questionnaire.AssignInstruments;
import no.samspill.questionnaire.RecordResponse;
import no.samspill.questionnaire.ResponseDetails;
import no.samspill.questionnaire.Schedule;
import no.samspill.referral.ComplaintGroup;
import no.samspill.referral.DiagnosisCode;
import no.samspill.referral.NewReferral;
import no.samspill.referral.Referral;
import no.samspill.referral.ReferralQueries;
import no.samspill.referral.ReferredSickLeave;
import no.samspill.referral.Referrer;
import no.samspill.referral.ReferrerKind;
import no.samspill.referral.RegisterReferral;
import no.samspill.referral.RegisterReferralInError;
import no.samspill.referral.SickLeaveStatus;
import no.samspill.referral.TriageDecision;
import no.samspill.referral.TriageOutcome;
import no.samspill.referral.TriageReferral;
import no.samspill.security.DemoAccounts;
import no.samspill.support.AsUser;
import no.samspill.support.Browser;
import no.samspill.support.Http;
import no.samspill.support.IntegrationTest;
import no.samspill.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * One patient with a pathway at Nordklinikken (kari.koordinator) and one at Midtklinikken (per.koordinator). Each
 * clinic reads and changes its own pathway and everything on it — referral, tasks, meetings, minutes, assessment, GP
 * summary, plan, questionnaires (a recorded response goes on the recorder's own clinic's pathway) — and the other clinic's answers 404, in the UI, the JSON API, FHIR and the use cases;
 * the patient's name stays readable to both (decision 0030).
 */
@IntegrationTest
class PathwayAtTwoClinicsIT {

    static final LocalDate TODAY = TestClock.TODAY;

    @LocalServerPort int port;
    @Autowired PersonDataAccess access;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcClient jdbc;
    @Autowired RegisterReferral registerReferral;
    @Autowired TriageReferral triageReferral;
    @Autowired RegisterReferralInError referralInError;
    @Autowired ReferralQueries referrals;
    @Autowired PathwayQueries pathways;
    @Autowired AddTask addTask;
    @Autowired ClosePathway closePathway;
    @Autowired ScheduleMeeting scheduleMeeting;
    @Autowired RecordMeetingHeld meetingHeld;
    @Autowired WriteMinutes writeMinutes;
    @Autowired CorrectMinutes correctMinutes;
    @Autowired PublishPlanVersion publishPlan;
    @Autowired RecordAssessment recordAssessment;
    @Autowired AssignInstruments assignInstruments;
    @Autowired RecordResponse recordResponse;
    @Autowired ChangeLog changeLog;

    String family;
    String marker;
    Referral nordReferral;
    Pathway nord;
    Meeting nordMeeting;
    PlanVersion nordPlan;
    Referral midtReferral;
    Pathway midt;

    @BeforeEach
    void aPatientWithAPathwayAtEachClinic() {
        String suffix = Long.toString(Math.abs(new Random().nextLong()), 36).replaceAll("[0-9]", "").toUpperCase();
        family = "Tokliniker" + suffix;
        marker = "NORDMARKOR-" + suffix;
        NationalIdNumber patient = SyntheticNationalIds.generate(LocalDate.of(1981, 6, 14), Sex.FEMALE, new Random());
        access.asSystem(() -> {
            nordReferral = refer(patient, DemoAccounts.CLINIC_NORD, marker + " henvisning", "kari.koordinator");
            nord = pathways.byReferral(nordReferral.id()).orElseThrow();
            addTask.add(nord.id(), marker + " oppgave", "kari.koordinator", TODAY.plusDays(3), "kari.koordinator");
            Meeting m = scheduleMeeting.schedule(nord.id(), new MeetingRequest(MeetingType.COLLABORATION,
                    TODAY.atTime(LocalTime.of(8, 0)), 60, "Nordklinikken", null, List.of(
                    new Participant(Participant.Role.PATIENT, "Pasienten", null, null),
                    new Participant(Participant.Role.CLINICIAN, "Kari", "kari.koordinator", null))), "kari.koordinator");
            m = meetingHeld.held(m.id(), m.version(), "kari.koordinator");
            nordMeeting = writeMinutes.write(m.id(), m.version(), new Minutes(marker + " situasjon",
                    marker + " konklusjon", marker + " klinisk notat", List.of(), true), true, "kari.koordinator");
            nordPlan = publishPlan.publish(nord.id(), 0, new PlanDraft(marker + " plan", List.of(), List.of(
                    new PlanDraft.GradedStep(TODAY.plusDays(1), TODAY.plusWeeks(2), 50)), null, List.of(), false),
                    "kari.koordinator");
            recordAssessment.record(nord.id(), null, marker + " helse", new Assessment.WorkAssessment(null,
                    marker + " arbeidsevne", null, null, null, false, false, false, null, true,
                    Assessment.AbleToWork.WITH_ADJUSTMENTS, Assessment.WorkBenefit.YES, marker + " konklusjon", Set.of()),
                    marker + " epikrise", TODAY, "kari.koordinator");
            midtReferral = refer(patient, DemoAccounts.CLINIC_MIDT, "Midtklinikkens henvisning", "per.koordinator");
            midt = pathways.byReferral(midtReferral.id()).orElseThrow();
        });
    }

    @Test
    void theOtherClinicsPathwayAndEverythingOnItAnswer404InTheUiAndTheApi() {
        List<String> nordRoutes = List.of(
                "/forlop/" + nord.id(), "/forlop/" + nord.id() + "/moter", "/moter/" + nordMeeting.id(),
                "/moter/" + nordMeeting.id() + "/invitasjon.ics", "/forlop/" + nord.id() + "/plan",
                "/plan/" + nordPlan.id() + "/pdf", "/forlop/" + nord.id() + "/kartlegging",
                "/forlop/" + nord.id() + "/epikrise", "/forlop/" + nord.id() + "/skjema",
                "/henvisninger/" + nordReferral.id(),
                "/api/v1/pathways/" + nord.id(), "/api/v1/pathways/" + nord.id() + "/meetings",
                "/api/v1/meetings/" + nordMeeting.id(), "/api/v1/pathways/" + nord.id() + "/plan-versions",
                "/api/v1/plan-versions/" + nordPlan.id(), "/api/v1/pathways/" + nord.id() + "/questionnaires",
                "/api/v1/pathways/" + nord.id() + "/work-status", "/api/v1/pathways/" + nord.id() + "/sick-leave",
                "/api/v1/pathways/" + nord.id() + "/trial-allocation", "/api/v1/referrals/" + nordReferral.id());
        Browser per = new Browser(port).logIn("per.koordinator");
        Browser kari = new Browser(port).logIn("kari.koordinator");
        for (String route : nordRoutes) {
            HttpResponse<String> refused = per.get(route);
            assertThat(refused.statusCode()).as("per GET %s", route).isEqualTo(404);
            assertThat(refused.body()).as("per GET %s", route).doesNotContain(marker);
        }
        // Nordklinikken reads all of it (the trial allocation does not exist: not enrolled).
        for (String route : nordRoutes.stream().filter(r -> !r.endsWith("/trial-allocation")).toList()) {
            assertThat(kari.get(route).statusCode()).as("kari GET %s", route).isEqualTo(200);
        }
        assertThat(kari.get("/api/v1/meetings/" + nordMeeting.id()).body()).contains(marker + " situasjon");
        assertThat(kari.get("/forlop/" + nord.id() + "/kartlegging").body()).contains(marker + " helse");
        assertThat(kari.get("/api/v1/referrals/" + nordReferral.id()).body()).contains(marker);

        // Each clinic has its own pathway; the patient's name is person-level data and readable to both.
        HttpResponse<String> own = per.get("/forlop/" + midt.id());
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains(family).doesNotContain(marker);
        assertThat(per.get("/api/v1/pathways/" + midt.id()).body()).contains(family).doesNotContain(marker);
        assertThat(kari.get("/forlop/" + midt.id()).statusCode()).isEqualTo(404);
        assertThat(kari.get("/api/v1/referrals/" + midtReferral.id()).statusCode()).isEqualTo(404);

        // Every refusal is in the access log, with the reason.
        assertThat(jdbc.sql("""
                SELECT DISTINCT resource_type FROM audit_entry WHERE username = 'per.koordinator' AND person_id = ?
                  AND NOT allowed AND reason = 'Forløpet hører til en annen klinikk'""")
                .param(nord.personId().value()).query(String.class).list())
                .contains("Pathway", "Referral", "Meeting", "Plan");
    }

    @Test
    void theChangeLogShowsAClinicOnlyItsOwnPathwaysChangesAndTheGpEveryClinics() {
        UUID person = nord.personId().value();
        AsUser as = new AsUser(userDetails);
        List<ChangeRecord> all = access.asSystem(() -> changeLog.forPerson(person, 500));
        assertThat(all).extracting(ChangeRecord::clinicOrgNumber)
                .contains(DemoAccounts.CLINIC_NORD, DemoAccounts.CLINIC_MIDT);

        List<ChangeRecord> perSees = as.run("per.koordinator", () -> changeLog.forPerson(person, 500));
        assertThat(perSees).isNotEmpty().containsExactlyElementsOf(heldByNoneOr(all, DemoAccounts.CLINIC_MIDT));
        assertThat(perSees).extracting(ChangeRecord::detail).noneMatch(d -> d != null && d.contains(marker));
        List<ChangeRecord> kariSees = as.run("kari.koordinator", () -> changeLog.forPerson(person, 500));
        assertThat(kariSees).isNotEmpty().containsExactlyElementsOf(heldByNoneOr(all, DemoAccounts.CLINIC_NORD));

        // The referring GP is not limited to one clinic: both pathways' changes, in the categories the GP may read.
        List<ChangeRecord> gpSees = as.run("gunnar.fastlege", () -> changeLog.forPerson(person, 500));
        assertThat(gpSees).extracting(ChangeRecord::clinicOrgNumber)
                .contains(DemoAccounts.CLINIC_NORD, DemoAccounts.CLINIC_MIDT);
        assertThat(gpSees).containsExactlyElementsOf(all.stream()
                .filter(c -> c.category() != InformationCategory.HEALTH).toList());
        // A limit counts only the changes the viewer may see.
        assertThat(as.run("per.koordinator", () -> changeLog.forPerson(person, 2)))
                .containsExactlyElementsOf(perSees.subList(0, Math.min(2, perSees.size())));
    }

    private static List<ChangeRecord> heldByNoneOr(List<ChangeRecord> changes, String clinic) {
        return changes.stream().filter(c -> c.clinicOrgNumber() == null || Objects.equals(c.clinicOrgNumber(), clinic))
                .toList();
    }

    @Test
    void personWideSearchesShowOnlyTheClinicsOwnPathway() {
        UUID person = nord.personId().value();
        Http per = new Http(port, "per.koordinator");
        for (String search : List.of("/fhir/EpisodeOfCare?patient=", "/fhir/ServiceRequest?patient=",
                "/fhir/Appointment?patient=", "/fhir/CarePlan?patient=", "/fhir/Task?patient=")) {
            HttpResponse<String> found = per.get(search + person);
            assertThat(found.statusCode()).as(search).isEqualTo(200);
            assertThat(found.body()).as(search).doesNotContain(nord.id().toString())
                    .doesNotContain(nordReferral.id().toString()).doesNotContain(nordMeeting.id().toString())
                    .doesNotContain(marker);
        }
        assertThat(per.get("/fhir/EpisodeOfCare?patient=" + person).body()).contains(midt.id().toString());
        assertThat(per.get("/fhir/ServiceRequest?patient=" + person).body()).contains(midtReferral.id().toString());
        assertThat(per.get("/fhir/Patient/" + person).body()).contains(family);
        assertThat(per.get("/fhir/EpisodeOfCare/" + nord.id()).statusCode()).isEqualTo(404);
        assertThat(per.get("/fhir/ServiceRequest/" + nordReferral.id()).statusCode()).isEqualTo(404);
        assertThat(per.get("/fhir/Appointment/" + nordMeeting.id()).statusCode()).isEqualTo(404);
        assertThat(per.get("/fhir/CarePlan/" + nord.id()).statusCode()).isEqualTo(404);
        Http kari = new Http(port, "kari.koordinator");
        assertThat(kari.get("/fhir/EpisodeOfCare?patient=" + person).body()).contains(nord.id().toString())
                .doesNotContain(midt.id().toString());
        assertThat(kari.get("/fhir/Appointment/" + nordMeeting.id()).statusCode()).isEqualTo(200);
    }

    @Test
    void theOtherClinicCannotChangeThePathwayOrAnythingOnItAndEachRefusalIsLogged() {
        Http per = new Http(port, "per.koordinator");
        String pathway = "/api/v1/pathways/" + nord.id();
        assertThat(per.send("POST", pathway + "/tasks", "{\"title\": \"x\", \"owner\": \"per.koordinator\", "
                + "\"dueDate\": \"" + TODAY.plusDays(1) + "\"}").statusCode()).isEqualTo(404);
        assertThat(per.send("POST", pathway + "/close", "{\"version\": " + nord.version()
                + ", \"outcome\": \"NEW_JOB\"}").statusCode()).isEqualTo(404);
        assertThat(per.send("PUT", pathway + "/coordinator", "{\"version\": " + nord.version()
                + ", \"coordinator\": \"per.koordinator\"}").statusCode()).isEqualTo(404);
        assertThat(per.send("POST", "/api/v1/meetings/" + nordMeeting.id() + "/minutes/corrections",
                "{\"version\": " + nordMeeting.version() + ", \"situation\": \"x\", \"conclusion\": \"y\", "
                        + "\"reason\": \"z\"}").statusCode()).isEqualTo(404);
        assertThat(per.send("POST", "/api/v1/referrals/" + nordReferral.id() + "/registered-in-error",
                "{\"version\": " + nordReferral.version() + ", \"reason\": \"feil\"}").statusCode()).isEqualTo(404);

        // The use cases refuse too, whatever the adapter: as if the pathway did not exist.
        AsUser asPer = new AsUser(userDetails);
        List<Supplier<?>> changes = List.of(
                () -> addTask.add(nord.id(), "x", "per.koordinator", TODAY.plusDays(1), "per.koordinator"),
                () -> closePathway.close(nord.id(), nord.version(), Outcome.NEW_JOB, null, "per.koordinator"),
                () -> triageReferral.triage(nordReferral.id(), nordReferral.version(), new TriageDecision(
                        TriageOutcome.RIGHT_TO_CARE, TODAY.plusWeeks(2), null), "per.koordinator"),
                () -> {
                    referralInError.registerInError(nordReferral.id(), nordReferral.version(), "feil",
                            "per.koordinator");
                    return null;
                },
                () -> scheduleMeeting.schedule(nord.id(), new MeetingRequest(MeetingType.DIALOGUE_1,
                        TODAY.plusDays(5).atTime(9, 0), 60, "Midt", null, List.of(new Participant(
                        Participant.Role.PATIENT, "Pasienten", null, null))), "per.koordinator"),
                () -> correctMinutes.correct(nordMeeting.id(), nordMeeting.version(), "x", "y", "z", "per.koordinator"),
                () -> publishPlan.publish(nord.id(), nordPlan.number(), new PlanDraft("x", List.of(), List.of(),
                        null, List.of(), false), "per.koordinator"),
                () -> recordAssessment.record(nord.id(), 1, "x", null, null, TODAY, "per.koordinator"));
        for (Supplier<?> change : changes) {
            assertThatThrownBy(() -> asPer.run("per.koordinator", change))
                    .isInstanceOfSatisfying(NoAccessException.class, e -> assertThat(e.hideExistence()).isTrue());
        }

        // Nothing changed, and every refusal is in the access log with its reason.
        Pathway after = access.asSystem(() -> pathways.byId(nord.id()).orElseThrow());
        assertThat(after.version()).isEqualTo(nord.version());
        assertThat(after.state()).isEqualTo(nord.state());
        assertThat(access.asSystem(() -> pathways.tasks(nord.id()))).noneMatch(t -> t.title().equals("x"));
        List<String> refused = jdbc.sql("""
                SELECT DISTINCT resource_type FROM audit_entry WHERE username = 'per.koordinator' AND person_id = ?
                  AND NOT allowed AND reason = 'Forløpet hører til en annen klinikk'""")
                .param(nord.personId().value()).query(String.class).list();
        assertThat(refused).contains("Pathway", "Task", "Referral", "Minutes");

        // Nordklinikken itself still changes its pathway.
        assertThat(new Http(port, "kari.koordinator").send("POST", pathway + "/tasks", "{\"title\": \"Ring\", "
                + "\"owner\": \"kari.koordinator\", \"dueDate\": \"" + TODAY.plusDays(1) + "\"}").statusCode())
                .isEqualTo(201);
    }

    @Test
    void aResponseRecordedByTheOtherClinicGoesOnItsOwnPathwayNeverInARoundOfThisOne() {
        PersonId person = nord.personId();
        // Nordklinikken's baseline PHQ-9 round is open and due: the earliest round of the person that waits for it.
        UUID nordAssignment = access.asSystem(() -> assignInstruments.assign(nord.id(), person, List.of("phq-9"),
                List.of(new Schedule.PlannedRound("BASELINE", TODAY)), "kari.koordinator")).id();
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 9; i++) {
            answers.put("phq9-" + i, "1");
        }
        InstrumentRef phq9 = InstrumentRef.parse("https://samspill.no/fhir/Questionnaire/phq-9|1.0.0");
        ResponseDetails byPer = new AsUser(userDetails).run("per.koordinator",
                () -> recordResponse.record(person, List.of(), phq9, answers, "per.koordinator"));
        assertThat(roundPathway(byPer.roundId())).isEqualTo(midt.id());
        assertThat(jdbc.sql("SELECT count(*) FROM questionnaire_response r JOIN questionnaire_round o ON o.id = r.round_id "
                + "WHERE o.assignment_id = ?").param(nordAssignment).query(Long.class).single()).isZero();

        // Nordklinikken's own response fills its open round.
        ResponseDetails byKari = new AsUser(userDetails).run("kari.koordinator",
                () -> recordResponse.record(person, List.of(), phq9, answers, "kari.koordinator"));
        assertThat(roundPathway(byKari.roundId())).isEqualTo(nord.id());
    }

    private UUID roundPathway(UUID roundId) {
        return jdbc.sql("SELECT pathway_id FROM questionnaire_round WHERE id = ?").param(roundId).query(UUID.class)
                .single();
    }

    private Referral refer(NationalIdNumber patient, String clinic, String reason, String actor) {
        Referral referral = registerReferral.register(new NewReferral(clinic,
                new Referrer(ReferrerKind.GP, "Fastlege", HprNumber.parse(DemoAccounts.GP_HPR), "Legekontor"),
                new PatientDetails(patient, "Tone", family, null, null),
                new EmploymentDetails(OrganisationNumber.parse("994000039"), "Arbeidsgiveren AS", "Renholder", "Leder",
                        null, null, null),
                TODAY.minusDays(10), new ReferredSickLeave(SickLeaveStatus.FULL, 100, TODAY.minusWeeks(5)),
                ComplaintGroup.MUSCULOSKELETAL, new DiagnosisCode(DiagnosisCode.System.ICPC2, "L03"), reason,
                "Tilbake i jobb", actor), actor);
        triageReferral.triage(referral.id(), 0, new TriageDecision(TriageOutcome.RIGHT_TO_CARE, TODAY.plusWeeks(3),
                null), actor);
        return referrals.byId(referral.id()).orElseThrow();
    }
}
