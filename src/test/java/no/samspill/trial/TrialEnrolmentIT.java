package no.samspill.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.time.LocalDate;
import no.samspill.access.NoAccessException;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.identifiers.Sex;
import no.samspill.identifiers.SyntheticNationalIds;
import no.samspill.pathway.ClosePathway;
import no.samspill.pathway.Outcome;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.referral.Referral;
import no.samspill.referral.RegisterReferral;
import no.samspill.referral.TriageDecision;
import no.samspill.referral.TriageOutcome;
import no.samspill.referral.TriageReferral;
import no.samspill.security.DemoAccounts;
import no.samspill.shared.InvalidInputException;
import no.samspill.shared.RefusedChangeException;
import no.samspill.support.AsUser;
import no.samspill.support.Browser;
import no.samspill.support.Http;
import no.samspill.support.IntegrationTest;
import no.samspill.support.Referrals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Trials on PostgreSQL: creating, opening and closing, concurrent enrolment, withdrawal, eligibility, cluster allocation, who sees the arm. */
@IntegrationTest
@WithUserDetails("kari.koordinator")
@RecordApplicationEvents
class TrialEnrolmentIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired RegisterReferral registerReferral;
    @Autowired PathwayQueries pathways;
    @Autowired ClosePathway closePathway;
    @Autowired TriageReferral triageReferral;
    @Autowired EnrolPathway enrolPathway;
    @Autowired WithdrawFromTrial withdrawFromTrial;
    @Autowired TrialArmsForIndicators armsForIndicators;
    @Autowired TrialQueries trials;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcClient jdbc;
    @Autowired no.samspill.indicator.RefreshPathwayIndicators refreshIndicators;
    @Autowired ApplicationEvents events;

    Http analyst() {
        return new Http(port, "anna.analytiker");
    }

    static String code() {
        return "T-" + Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
    }

    static String trialJson(String code, String design, String clinics, int planned) {
        return """
                {"code": "%s", "title": "To samhandlingsmøter", "design": "%s",
                 "arms": [{"code": "usual", "label": "Vanlig oppfølging"}, {"code": "two_meetings", "label": "To samhandlingsmøter"}],
                 "blockSizes": [4], "clinics": [%s], "plannedPerClinic": %d}""".formatted(code, design, clinics, planned);
    }

    String createAndOpen(String design, String clinics, int planned) {
        String code = code();
        HttpResponse<String> created = analyst().send("POST", "/api/v1/trials", trialJson(code, design, clinics, planned));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(JSON.readTree(created.body()).path("status").asString()).isEqualTo("DRAFT");
        HttpResponse<String> opened = analyst().send("POST", "/api/v1/trials/" + code + "/open", "{\"version\": 0}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        assertThat(opened.body()).doesNotContain("slot", "sequence");
        return code;
    }

    /** A pathway for a new patient (a random birth date, so that no other test's patient shares the number). */
    Pathway newPathway(String clinic, String actor) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        NationalIdNumber id = SyntheticNationalIds.generate(LocalDate.of(1960, 1, 1).plusDays(random.nextInt(35 * 365)),
                Sex.FEMALE, random);
        return newPathway(clinic, actor, id);
    }

    Pathway newPathway(String clinic, String actor, NationalIdNumber patient) {
        return new AsUser(userDetails).run(actor, () -> {
            Referral referral = registerReferral.register(Referrals.aReferral().toClinic(clinic).forPatient(patient)
                    .build(), actor);
            return pathways.byReferral(referral.id()).orElseThrow();
        });
    }

    @Test
    void concurrentEnrolmentsInOneClinicNeverShareAPlaceAndCompleteBlocksAreBalanced() throws Exception {
        // Eight planned, twelve enrolled: the sequence grows by whole blocks under the same lock.
        String code = createAndOpen("INDIVIDUAL", "\"" + DemoAccounts.CLINIC_NORD + "\"", 8);
        List<Pathway> list = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            list.add(newPathway(DemoAccounts.CLINIC_NORD, "kari.koordinator"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Allocation>> results = new ArrayList<>();
        for (Pathway p : list) {
            Callable<Allocation> enrol = () -> {
                start.await();
                return new AsUser(userDetails).run("kari.koordinator",
                        () -> enrolPathway.enrol(code, p.id(), "kari.koordinator"));
            };
            results.add(pool.submit(enrol));
        }
        start.countDown();
        List<Allocation> allocations = new ArrayList<>();
        for (Future<Allocation> f : results) {
            allocations.add(f.get());
        }
        pool.shutdown();

        UUID trialId = trials.byCode(code).orElseThrow().id();
        List<Integer> positions = jdbc.sql("SELECT position FROM trial_enrolment WHERE trial_id = ? ORDER BY position")
                .param(trialId).query(Integer.class).list();
        assertThat(positions).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        Map<String, Long> perArm = allocations.stream()
                .collect(Collectors.groupingBy(Allocation::arm, Collectors.counting()));
        assertThat(perArm).containsEntry("usual", 6L).containsEntry("two_meetings", 6L);
        // Each enrolment got the arm at its place in the stored sequence.
        List<String> mismatches = jdbc.sql("""
                SELECT e.pathway_id::text FROM trial_enrolment e JOIN trial_slot s ON s.trial_id = e.trial_id
                  AND s.clinic_org_number = e.clinic_org_number AND s.position = e.position
                WHERE e.trial_id = ? AND s.arm <> e.arm""").param(trialId).query(String.class).list();
        assertThat(mismatches).isEmpty();
        assertThat(trials.countsByArm(trialId)).extracting(ArmCount::enrolled).containsExactly(6L, 6L);
    }

    @Test
    void enrolmentIsRecordedAnnouncedAndRefusedTwice() {
        String code = createAndOpen("INDIVIDUAL", "\"" + DemoAccounts.CLINIC_NORD + "\"", 20);
        Pathway pathway = newPathway(DemoAccounts.CLINIC_NORD, "kari.koordinator");

        Allocation allocation = enrolPathway.enrol(code, pathway.id(), "kari.koordinator");
        assertThat(allocation.arm()).isIn("usual", "two_meetings");
        assertThat(trials.armOf(pathway.id())).contains(allocation.arm());
        assertThat(events.stream(TrialEvents.PathwayEnrolled.class))
                .containsExactly(new TrialEvents.PathwayEnrolled(pathway.id(), code, allocation.arm()));
        // The enrolment marked the pathway; once the indicators have taken it in, they count it in its arm.
        refreshIndicators.refreshAllStale();
        assertThat(jdbc.sql("SELECT arm FROM indicator_pathway_fact WHERE pathway_id = ?").param(pathway.id())
                .query(String.class).single()).isEqualTo(allocation.arm());
        assertThat(jdbc.sql("SELECT coalesce(sum(n), 0) FROM indicator_cell WHERE arm = ? AND measure = 'pathways'")
                .param(allocation.arm()).query(Long.class).single()).isPositive();

        assertThatThrownBy(() -> enrolPathway.enrol(code, pathway.id(), "kari.koordinator"))
                .isInstanceOf(RefusedChangeException.class).hasMessageContaining("allerede inkludert");
        String other = createAndOpen("INDIVIDUAL", "\"" + DemoAccounts.CLINIC_NORD + "\"", 4);
        assertThatThrownBy(() -> enrolPathway.enrol(other, pathway.id(), "kari.koordinator"))
                .isInstanceOf(RefusedChangeException.class).hasMessageContaining("allerede inkludert");
    }

    @Test
    void eligibilityGivesClearErrors() {
        String code = createAndOpen("INDIVIDUAL", "\"" + DemoAccounts.CLINIC_NORD + "\"", 4);
        Pathway referred = newPathway(DemoAccounts.CLINIC_NORD, "kari.koordinator");
        triageReferral.triage(referred.referralId(), 0, new TriageDecision(TriageOutcome.RIGHT_TO_CARE,
                LocalDate.of(2026, 12, 31), null), "kari.koordinator");
        Pathway closed = pathways.byId(referred.id()).orElseThrow();
        closePathway.close(closed.id(), closed.version(), Outcome.NEW_JOB, null, "kari.koordinator");
        assertThatThrownBy(() -> enrolPathway.enrol(code, closed.id(), "kari.koordinator"))
                .isInstanceOf(RefusedChangeException.class).hasMessageContaining("avsluttet");

        Pathway midt = newPathway(DemoAccounts.CLINIC_MIDT, "per.koordinator");
        assertThatThrownBy(() -> new AsUser(userDetails).run("per.koordinator",
                () -> enrolPathway.enrol(code, midt.id(), "per.koordinator")))
                .isInstanceOf(RefusedChangeException.class).hasMessageContaining("deltar ikke");
        // Another clinic's pathway: no relationship, so it does not exist for kari.
        assertThatThrownBy(() -> enrolPathway.enrol(code, midt.id(), "kari.koordinator"))
                .isInstanceOf(NoAccessException.class);

        // A patient with pathways at both clinics: kari may read the person, but Midtklinikken's pathway does not exist
        // for her (decision 0030), so only Midtklinikken enrols it.
        String both = createAndOpen("INDIVIDUAL", "\"" + DemoAccounts.CLINIC_NORD + "\", \"" + DemoAccounts.CLINIC_MIDT
                + "\"", 4);
        NationalIdNumber shared = SyntheticNationalIds.generate(LocalDate.of(1970, 5, 17), Sex.MALE,
                ThreadLocalRandom.current());
        newPathway(DemoAccounts.CLINIC_NORD, "kari.koordinator", shared);
        Pathway atMidt = newPathway(DemoAccounts.CLINIC_MIDT, "per.koordinator", shared);
        assertThatThrownBy(() -> enrolPathway.enrol(both, atMidt.id(), "kari.koordinator"))
                .isInstanceOf(NoAccessException.class).matches(e -> ((NoAccessException) e).hideExistence());
        assertThat(new AsUser(userDetails).run("per.koordinator",
                () -> enrolPathway.enrol(both, atMidt.id(), "per.koordinator")).clinicOrgNumber())
                .isEqualTo(DemoAccounts.CLINIC_MIDT);

        String draft = code();
        assertThat(analyst().send("POST", "/api/v1/trials", trialJson(draft, "INDIVIDUAL",
                "\"" + DemoAccounts.CLINIC_NORD + "\"", 4)).statusCode()).isEqualTo(201);
        Pathway open = newPathway(DemoAccounts.CLINIC_NORD, "kari.koordinator");
        assertThatThrownBy(() -> enrolPathway.enrol(draft, open.id(), "kari.koordinator"))
                .isInstanceOf(RefusedChangeException.class).hasMessageContaining("ikke åpen");
    }

    @Test
    void clusterDesignGivesEveryPathwayItsClinicsArmAndBalancesTheClinics() {
        String code = createAndOpen("CLUSTER_BY_CLINIC",
                "\"" + DemoAccounts.CLINIC_NORD + "\", \"" + DemoAccounts.CLINIC_MIDT + "\"", 10);
        String nordArm = null;
        for (int i = 0; i < 3; i++) {
            Allocation a = enrolPathway.enrol(code, newPathway(DemoAccounts.CLINIC_NORD, "kari.koordinator").id(),
                    "kari.koordinator");
            assertThat(nordArm == null || nordArm.equals(a.arm())).isTrue();
            nordArm = a.arm();
        }
        Pathway midt = newPathway(DemoAccounts.CLINIC_MIDT, "per.koordinator");
        Allocation midtAllocation = new AsUser(userDetails).run("per.koordinator",
                () -> enrolPathway.enrol(code, midt.id(), "per.koordinator"));
        // Two clinics, two arms, balanced ±1: one clinic in each arm.
        assertThat(midtAllocation.arm()).isNotEqualTo(nordArm);
    }

    @Test
    void theAllocationIsShownToTheClinicTeamAndHiddenFromOthers() {
        String code = createAndOpen("INDIVIDUAL", "\"" + DemoAccounts.CLINIC_NORD + "\"", 4);
        Pathway pathway = newPathway(DemoAccounts.CLINIC_NORD, "kari.koordinator");
        HttpResponse<String> before = new Http(port, "kari.koordinator").get("/api/v1/pathways/" + pathway.id()
                + "/trial-allocation");
        assertThat(before.statusCode()).isEqualTo(404);

        HttpResponse<String> enrolled = new Http(port, "kari.koordinator").send("POST", "/api/v1/trials/" + code
                + "/enrolments", "{\"pathwayId\": \"" + pathway.id() + "\"}");
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        String arm = JSON.readTree(enrolled.body()).path("arm").asString();

        JsonNode seen = JSON.readTree(new Http(port, "kari.koordinator").get("/api/v1/pathways/" + pathway.id()
                + "/trial-allocation").body());
        assertThat(seen.path("arm").asString()).isEqualTo(arm);
        assertThat(seen.path("trialCode").asString()).isEqualTo(code);
        assertThat(new Http(port, "per.koordinator").get("/api/v1/pathways/" + pathway.id() + "/trial-allocation")
                .statusCode()).isEqualTo(404);
        assertThat(new Http(port, "anna.analytiker").get("/api/v1/pathways/" + pathway.id() + "/trial-allocation")
                .statusCode()).isIn(403, 404);
        // The clinic team reads the trial (to enrol), not the research projects.
        assertThat(new Http(port, "kari.koordinator").get("/api/v1/trials/" + code).statusCode()).isEqualTo(200);
        assertThat(new Http(port, "kari.koordinator").get("/api/v1/research/projects").statusCode()).isEqualTo(403);
        assertThat(new Http(port, "lars.leder").get("/api/v1/trials").statusCode()).isEqualTo(403);
        // The analyst may not enrol, the coordinator may not create or open.
        assertThat(analyst().send("POST", "/api/v1/trials/" + code + "/enrolments",
                "{\"pathwayId\": \"" + pathway.id() + "\"}").statusCode()).isEqualTo(403);
        assertThat(new Http(port, "kari.koordinator").send("POST", "/api/v1/trials",
                trialJson(code(), "INDIVIDUAL", "\"" + DemoAccounts.CLINIC_NORD + "\"", 4)).statusCode()).isEqualTo(403);
    }

    @Test
    void aClosedTrialRefusesEnrolmentAndAStaleVersionConflicts() {
        String code = createAndOpen("INDIVIDUAL", "\"" + DemoAccounts.CLINIC_NORD + "\"", 4);
        Pathway before = newPathway(DemoAccounts.CLINIC_NORD, "kari.koordinator");
        Allocation kept = enrolPathway.enrol(code, before.id(), "kari.koordinator");

        // Opening took version 0 to 1: closing with the version seen before opening is a concurrent change.
        HttpResponse<String> stale = analyst().send("POST", "/api/v1/trials/" + code + "/close", "{\"version\": 0}");
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(trials.byCode(code).orElseThrow().status()).isEqualTo(TrialStatus.OPEN);
        assertThat(new Http(port, "kari.koordinator").send("POST", "/api/v1/trials/" + code + "/close",
                "{\"version\": 1}").statusCode()).isEqualTo(403);

        HttpResponse<String> closed = analyst().send("POST", "/api/v1/trials/" + code + "/close", "{\"version\": 1}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        JsonNode trial = JSON.readTree(closed.body());
        assertThat(trial.path("status").asString()).isEqualTo("CLOSED");
        assertThat(trial.path("closedAt").isNull()).isFalse();
        assertThat(trial.path("version").asInt()).isEqualTo(2);

        Pathway after = newPathway(DemoAccounts.CLINIC_NORD, "kari.koordinator");
        assertThatThrownBy(() -> enrolPathway.enrol(code, after.id(), "kari.koordinator"))
                .isInstanceOf(RefusedChangeException.class).hasMessageContaining("ikke åpen");
        assertThat(trials.openForClinic(DemoAccounts.CLINIC_NORD)).extracting(Trial::code).doesNotContain(code);
        // Enrolled pathways keep their arms.
        assertThat(trials.armOf(before.id())).contains(kept.arm());

        HttpResponse<String> again = analyst().send("POST", "/api/v1/trials/" + code + "/close", "{\"version\": 2}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("allerede avsluttet");
        String draft = code();
        assertThat(analyst().send("POST", "/api/v1/trials", trialJson(draft, "INDIVIDUAL",
                "\"" + DemoAccounts.CLINIC_NORD + "\"", 4)).statusCode()).isEqualTo(201);
        HttpResponse<String> draftClose = analyst().send("POST", "/api/v1/trials/" + draft + "/close", "{\"version\": 0}");
        assertThat(draftClose.statusCode()).isEqualTo(409);
        assertThat(draftClose.body()).contains("ikke åpnet");
    }

    @Test
    void aWithdrawnPathwayKeepsItsArmAndRecordsWhoWhenAndWhy() {
        String code = createAndOpen("INDIVIDUAL", "\"" + DemoAccounts.CLINIC_NORD + "\"", 4);
        Pathway pathway = newPathway(DemoAccounts.CLINIC_NORD, "kari.koordinator");
        Allocation enrolled = enrolPathway.enrol(code, pathway.id(), "kari.koordinator");
        refreshIndicators.refreshAllStale();

        Allocation withdrawn = withdrawFromTrial.withdraw(code, pathway.id(), "  Ønsker ikke å delta lenger ",
                "kari.koordinator");
        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.withdrawnBy()).isEqualTo("kari.koordinator");
        assertThat(withdrawn.withdrawnAt()).isNotNull();
        assertThat(withdrawn.withdrawalReason()).isEqualTo("Ønsker ikke å delta lenger");
        assertThat(withdrawn.arm()).isEqualTo(enrolled.arm());
        assertThat(events.stream(TrialEvents.PathwayWithdrawn.class))
                .containsExactly(new TrialEvents.PathwayWithdrawn(pathway.id(), code, enrolled.arm()));

        // Intention-to-treat: the arm stays for queries, counts and the indicators split by arm.
        assertThat(trials.armOf(pathway.id())).contains(enrolled.arm());
        assertThat(armsForIndicators.armOf(pathway.id())).contains(enrolled.arm());
        UUID trialId = trials.byCode(code).orElseThrow().id();
        assertThat(trials.countsByArm(trialId)).filteredOn(c -> c.arm().equals(enrolled.arm()))
                .extracting(ArmCount::enrolled, ArmCount::withdrawn).containsExactly(tuple(1L, 1L));
        refreshIndicators.refreshAllStale();
        assertThat(jdbc.sql("SELECT arm FROM indicator_pathway_fact WHERE pathway_id = ?").param(pathway.id())
                .query(String.class).single()).isEqualTo(enrolled.arm());
        assertThat(jdbc.sql("SELECT count(*) FROM change_record WHERE entity_id = ? AND action = 'Trukket fra studie'")
                .param(pathway.id()).query(Long.class).single()).isEqualTo(1L);

        JsonNode seen = JSON.readTree(new Http(port, "kari.koordinator").get("/api/v1/pathways/" + pathway.id()
                + "/trial-allocation").body());
        assertThat(seen.path("arm").asString()).isEqualTo(enrolled.arm());
        assertThat(seen.path("withdrawnBy").asString()).isEqualTo("kari.koordinator");
        assertThat(seen.path("withdrawalReason").asString()).isEqualTo("Ønsker ikke å delta lenger");

        assertThatThrownBy(() -> withdrawFromTrial.withdraw(code, pathway.id(), "En gang til", "kari.koordinator"))
                .isInstanceOf(RefusedChangeException.class).hasMessageContaining("allerede trukket");
        HttpResponse<String> twice = new Http(port, "kari.koordinator").send("POST", "/api/v1/trials/" + code
                + "/enrolments/" + pathway.id() + "/withdrawal", "{\"reason\": \"En gang til\"}");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(events.stream(TrialEvents.PathwayWithdrawn.class)).hasSize(1);
    }

    @Test
    void withdrawalOverTheApiChecksTheReasonAndWhoAsks() {
        String code = createAndOpen("INDIVIDUAL", "\"" + DemoAccounts.CLINIC_NORD + "\"", 4);
        Pathway pathway = newPathway(DemoAccounts.CLINIC_NORD, "kari.koordinator");
        enrolPathway.enrol(code, pathway.id(), "kari.koordinator");
        String path = "/api/v1/trials/" + code + "/enrolments/" + pathway.id() + "/withdrawal";

        HttpResponse<String> blank = new Http(port, "kari.koordinator").send("POST", path, "{\"reason\": \"  \"}");
        assertThat(blank.statusCode()).as(blank.body()).isEqualTo(400);
        assertThat(blank.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(JSON.readTree(blank.body()).path("errors").get(0).path("field").asString()).isEqualTo("reason");
        HttpResponse<String> tooLong = new Http(port, "kari.koordinator").send("POST", path,
                "{\"reason\": \"" + "x".repeat(501) + "\"}");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(tooLong.body()).path("errors").get(0).path("field").asString()).isEqualTo("reason");

        String reason = "{\"reason\": \"Feil inkludert\"}";
        // A role that neither manages trials nor works the pathway, another clinic, and the wrong trial.
        assertThat(new Http(port, "lars.leder").send("POST", path, reason).statusCode()).isEqualTo(403);
        assertThat(new Http(port, "per.koordinator").send("POST", path, reason).statusCode()).isEqualTo(404);
        assertThat(new Http(port, "kari.koordinator").send("POST", "/api/v1/trials/" + code()
                + "/enrolments/" + pathway.id() + "/withdrawal", reason).statusCode()).isEqualTo(404);
        assertThat(trials.allocationOf(pathway.id()).orElseThrow().withdrawn()).isFalse();

        // The trial manager (an analyst, who sees no person data) may not; the clinic may, and the answer carries
        // no allocation.
        assertThat(analyst().send("POST", path, reason).statusCode()).isEqualTo(403);
        HttpResponse<String> byClinic = new Http(port, "kari.koordinator").send("POST", path, reason);
        assertThat(byClinic.statusCode()).as(byClinic.body()).isEqualTo(204);
        assertThat(byClinic.body()).isEmpty();
        Allocation after = trials.allocationOf(pathway.id()).orElseThrow();
        assertThat(after.withdrawnBy()).isEqualTo("kari.koordinator");
        assertThat(after.withdrawalReason()).isEqualTo("Feil inkludert");
    }

    @Test
    void thePagesCloseATrialAndShowAWithdrawal() {
        String code = createAndOpen("INDIVIDUAL", "\"" + DemoAccounts.CLINIC_NORD + "\"", 4);
        Pathway pathway = newPathway(DemoAccounts.CLINIC_NORD, "kari.koordinator");
        Allocation enrolled = enrolPathway.enrol(code, pathway.id(), "kari.koordinator");

        Browser kari = new Browser(port).logIn("kari.koordinator");
        String page = "/forlop/" + pathway.id();
        assertThat(kari.get(page).body()).contains("Trekk fra studien", "/forlop/" + pathway.id() + "/studie/trekk");
        HttpResponse<String> blank = kari.post(page + "/studie/trekk", Map.of("trialCode", code, "reason", " "));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("Skriv hvorfor forløpet trekkes fra studien");
        HttpResponse<String> done = kari.post(page + "/studie/trekk", Map.of("trialCode", code,
                "reason", "Flyttet til en annen klinikk"));
        assertThat(done.statusCode()).isEqualTo(302);
        String after = kari.get(page).body();
        assertThat(after).contains("Trukket fra studien", "Flyttet til en annen klinikk", enrolled.armLabel(),
                "intention-to-treat");
        assertThat(after).doesNotContain("/studie/trekk");
        assertThat(kari.post(page + "/studie/trekk", Map.of("trialCode", code, "reason", "Igjen")).statusCode())
                .isEqualTo(409);

        Browser anna = new Browser(port).logIn("anna.analytiker");
        assertThat(anna.get("/analyse/forskning").body()).contains("Avslutt inklusjon", "1 trukket, telles i armen");
        assertThat(anna.post("/analyse/forskning/studier/" + code + "/avslutt", Map.of("version", "0")).statusCode())
                .isEqualTo(409);
        assertThat(anna.post("/analyse/forskning/studier/" + code + "/avslutt", Map.of("version", "1")).statusCode())
                .isEqualTo(302);
        assertThat(trials.byCode(code).orElseThrow().status()).isEqualTo(TrialStatus.CLOSED);
        assertThat(kari.post("/analyse/forskning/studier/" + code + "/avslutt", Map.of("version", "2")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void badTrialDefinitionsNameEveryField() {
        HttpResponse<String> bad = analyst().send("POST", "/api/v1/trials", """
                {"code": "x", "title": "", "design": "INDIVIDUAL",
                 "arms": [{"code": "a", "label": "A"}, {"code": "a", "label": "B"}],
                 "blockSizes": [3], "clinics": ["123"], "plannedPerClinic": 0}""");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("\"code\"", "\"title\"", "arms[1].code", "blockSizes", "clinics[0]",
                "plannedPerClinic");
        String code = createAndOpen("INDIVIDUAL", "\"" + DemoAccounts.CLINIC_NORD + "\"", 4);
        HttpResponse<String> again = analyst().send("POST", "/api/v1/trials/" + code + "/open", "{\"version\": 1}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThatThrownBy(() -> new NewTrial(code, "t", TrialDesign.CLUSTER_BY_CLINIC,
                List.of(new TrialArm("a", "A"), new TrialArm("b", "B")), List.of(2),
                List.of(DemoAccounts.CLINIC_NORD), 5).check()).isInstanceOf(InvalidInputException.class);
    }
}
