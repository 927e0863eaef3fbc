package no.samspill.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.pathway.RecordWorkStatus;
import no.samspill.pathway.WorkStatus;
import no.samspill.referral.Referral;
import no.samspill.referral.RegisterReferral;
import no.samspill.referral.RegisterReferralInError;
import no.samspill.referral.TriageDecision;
import no.samspill.referral.TriageOutcome;
import no.samspill.referral.TriageReferral;
import no.samspill.sickleave.MilestoneKind;
import no.samspill.sickleave.RecordMilestoneMet;
import no.samspill.sickleave.RegisterSickLeavePeriod;
import no.samspill.sickleave.RegisterSickLeavePeriodInError;
import no.samspill.sickleave.RegisteredSickLeavePeriod;
import no.samspill.support.Browser;
import no.samspill.support.Http;
import no.samspill.support.IntegrationTest;
import no.samspill.support.Referrals;
import no.samspill.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The facts and cells follow the work in the same transaction: each step changes the counters by exactly the
 * pathway's new contribution. Counters are compared before and after, so other tests' pathways do not matter.
 */
@IntegrationTest
@WithUserDetails("kari.koordinator")
class IndicatorIT {

    static final LocalDate TODAY = TestClock.TODAY;
    static final IndicatorFilter THIS_MONTH = new IndicatorFilter(YearMonth.from(TODAY), YearMonth.from(TODAY), null,
            null, null, null, null);

    @Autowired RegisterReferral registerReferral;
    @Autowired TriageReferral triageReferral;
    @Autowired RegisterReferralInError registerInError;
    @Autowired RegisterSickLeavePeriod registerSickLeave;
    @Autowired RegisterSickLeavePeriodInError registerSickLeaveInError;
    @Autowired RecordMilestoneMet recordMilestoneMet;
    @Autowired RecordWorkStatus recordWorkStatus;
    @Autowired PathwayQueries pathways;
    @Autowired IndicatorCells cells;
    @Autowired PathwayFacts facts;
    @Autowired JdbcClient jdbc;
    @Autowired RefreshPathwayIndicators refresh;
    @LocalServerPort int port;

    /** The counters once every change so far has been taken into the figures. */
    Map<String, Long> counters() {
        refresh.refreshAllStale();
        Map<String, Long> m = new HashMap<>();
        cells.sums(THIS_MONTH, Grouping.TOTAL).forEach(c -> m.merge(c.measure() + "/" + c.bucket(), c.n(), Long::sum));
        return m;
    }

    static Map<String, Long> diff(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> d = new HashMap<>(after);
        before.forEach((k, v) -> d.merge(k, -v, Long::sum));
        d.values().removeIf(v -> v == 0);
        return d;
    }

    @Test
    void eachStepOfAPathwayMovesTheCountersByItsOwnContribution() {
        Map<String, Long> start = counters();
        Referral referral = registerReferral.register(Referrals.aReferral().receivedOn(TODAY.minusDays(3)).build(),
                "kari.koordinator");
        Pathway pathway = pathways.byReferral(referral.id()).orElseThrow();
        // registered: counted, decision still open
        assertThat(diff(start, counters())).containsOnly(Map.entry("pathways/0", 1L),
                Map.entry("decision_total/0", 1L));

        Map<String, Long> beforeTriage = counters();
        triageReferral.triage(referral.id(), 0, new TriageDecision(TriageOutcome.RIGHT_TO_CARE, TODAY.plusWeeks(4),
                null), "kari.koordinator");
        // decided today, three days after receipt: in time; now in care
        assertThat(diff(beforeTriage, counters())).containsOnly(Map.entry("decision_in_time/0", 1L),
                Map.entry("decision_days/3", 1L), Map.entry("care/0", 1L));

        registerSickLeave.register(referral.personId(), TODAY.minusWeeks(5), TODAY.plusWeeks(4), 100,
                "kari.koordinator");
        refresh.refreshAllStale();
        PathwayFact fact = facts.lockById(pathway.id()).orElseThrow();
        assertThat(fact.caseStart()).isEqualTo(TODAY.minusWeeks(5));
        assertThat(fact.sickDays()).isEqualTo(5 * 7 + 4 * 7 + 1);
        assertThat(fact.followUpPlanDue()).isNotNull();
        assertThat(fact.followUpPlanMet()).isNull();

        Map<String, Long> beforePlan = counters();
        LocalDate metOn = fact.followUpPlanDue().isAfter(TODAY) ? TODAY : fact.followUpPlanDue();
        recordMilestoneMet.record(referral.personId(), MilestoneKind.FOLLOW_UP_PLAN, metOn, "kari.koordinator");
        assertThat(diff(beforePlan, counters())).containsOnly(Map.entry("fup_in_time/0", 1L));

        Map<String, Long> beforeWork = counters();
        recordWorkStatus.record(pathway.id(), 3, WorkStatus.PARTIAL, TODAY, null, "kari.koordinator");
        assertThat(diff(beforeWork, counters())).containsOnly(Map.entry("ws3/" + WorkStatus.PARTIAL.ordinal(), 1L));
        recordWorkStatus.record(pathway.id(), 3, WorkStatus.FULL, TODAY, 0, "kari.koordinator");
        assertThat(diff(beforeWork, counters())).containsOnly(Map.entry("ws3/" + WorkStatus.FULL.ordinal(), 1L));
    }

    @Test
    void dialogueMeeting1CountsAsDueOnlyWhenTheTimelineMakesItADuty() {
        Referral referral = registerReferral.register(Referrals.aReferral().receivedOn(TODAY.minusDays(3)).build(),
                "kari.koordinator");
        triageReferral.triage(referral.id(), 0, new TriageDecision(TriageOutcome.RIGHT_TO_CARE, TODAY.plusWeeks(4),
                null), "kari.koordinator");
        Pathway pathway = pathways.byReferral(referral.id()).orElseThrow();
        LocalDate caseStart = TODAY.minusWeeks(10);

        Map<String, Long> beforeLeave = counters();
        registerSickLeave.register(referral.personId(), caseStart, TODAY.plusWeeks(2), 50, "kari.koordinator");
        // 50 % all along: DM1 (end of week 7, three weeks ago) is on request, so it is no missed deadline; the plan
        // (week 4) is a duty whatever the grade.
        assertThat(diff(beforeLeave, counters())).containsKeys("fup_total/0").doesNotContainKeys("dm1_total/0",
                "dm1_in_time/0");
        assertThat(facts.lockById(pathway.id()).orElseThrow().dialogueMeeting1Due()).isNull();

        Map<String, Long> beforeFull = counters();
        registerSickLeave.register(referral.personId(), caseStart.plusWeeks(2), caseStart.plusWeeks(3).minusDays(1),
                100, "kari.koordinator");
        // 100 % in week 3: DM1 is a duty, passed and not held — one more in the denominator, nothing else moves.
        assertThat(diff(beforeFull, counters())).containsOnly(Map.entry("dm1_total/0", 1L));
        assertThat(facts.lockById(pathway.id()).orElseThrow().dialogueMeeting1Due())
                .isEqualTo(caseStart.plusWeeks(7).minusDays(1));
    }

    /** Only the deadline measures of a diff: the sick-day histogram moves with every change of the leave. */
    static Map<String, Long> deadlines(Map<String, Long> diff) {
        Map<String, Long> d = new HashMap<>(diff);
        d.keySet().removeIf(k -> !k.startsWith("fup_") && !k.startsWith("dm1_") && !k.startsWith("dm2_"));
        return d;
    }

    @Test
    void aMilestoneDueAfterTheLastRegisteredSickDayCountsOnlyOnceTheLeaveReachesIt() {
        Referral referral = registerReferral.register(Referrals.aReferral().receivedOn(TODAY.minusDays(3)).build(),
                "kari.koordinator");
        triageReferral.triage(referral.id(), 0, new TriageDecision(TriageOutcome.RIGHT_TO_CARE, TODAY.plusWeeks(4),
                null), "kari.koordinator");
        Pathway pathway = pathways.byReferral(referral.id()).orElseThrow();
        // plan due end of week 4, DM1 end of week 7, DM2 end of week 26 (three days ago): all passed, none met
        LocalDate caseStart = TODAY.minusWeeks(26).minusDays(2);

        Map<String, Long> beforeLeave = counters();
        registerSickLeave.register(referral.personId(), caseStart, caseStart.plusWeeks(3).minusDays(1), 100,
                "kari.koordinator");
        // back at work after week 3: no milestone was a duty, so no missed deadline is counted
        assertThat(deadlines(diff(beforeLeave, counters()))).isEmpty();
        PathwayFact shortLeave = facts.lockById(pathway.id()).orElseThrow();
        assertThat(shortLeave.caseStart()).isEqualTo(caseStart);
        assertThat(shortLeave.followUpPlanDue()).isNull();

        Map<String, Long> beforeExtension = counters();
        RegisteredSickLeavePeriod extension = registerSickLeave.register(referral.personId(),
                caseStart.plusWeeks(3), caseStart.plusWeeks(10).minusDays(1), 100, "kari.koordinator");
        // extended through week 10: the plan and DM1 are duties, passed and not met; DM2 still after the leave
        assertThat(deadlines(diff(beforeExtension, counters()))).containsOnly(Map.entry("fup_total/0", 1L),
                Map.entry("dm1_total/0", 1L));

        Map<String, Long> beforeLongLeave = counters();
        RegisteredSickLeavePeriod longLeave = registerSickLeave.register(referral.personId(),
                caseStart.plusWeeks(10), TODAY.plusWeeks(2), 100, "kari.koordinator");
        // on leave past week 26: DM2 joins the denominator too
        assertThat(deadlines(diff(beforeLongLeave, counters()))).containsOnly(Map.entry("dm2_total/0", 1L));

        Map<String, Long> beforeShortening = counters();
        registerSickLeaveInError.registerInError(referral.personId(), longLeave.id(), "Feil periode",
                "kari.koordinator");
        registerSickLeaveInError.registerInError(referral.personId(), extension.id(), "Feil periode",
                "kari.koordinator");
        // shortened back to week 3: every deadline leaves the counters again
        assertThat(deadlines(diff(beforeShortening, counters()))).containsOnly(Map.entry("fup_total/0", -1L),
                Map.entry("dm1_total/0", -1L), Map.entry("dm2_total/0", -1L));
        assertThat(deadlines(diff(beforeLeave, counters()))).isEmpty();
    }

    @Test
    void theBackgroundRefresherTakesAChangeInUnasked() {
        Referral referral = registerReferral.register(Referrals.aReferral().receivedOn(TODAY.minusDays(2)).build(),
                "kari.koordinator");
        Pathway pathway = pathways.byReferral(referral.id()).orElseThrow();
        // Nobody in this test drains the marks: the background refresher does, within moments.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM indicator_pathway_fact WHERE pathway_id = ?").param(pathway.id())
                .query(Long.class).single() == 1);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM indicator_stale WHERE pathway_id = ?").param(pathway.id())
                .query(Long.class).single() == 0);
    }

    @Test
    void aReferralRegisteredInErrorTakesItsPathwayOutOfEveryCounter() {
        Map<String, Long> start = counters();
        Referral referral = registerReferral.register(Referrals.aReferral().receivedOn(TODAY.minusDays(1)).build(),
                "kari.koordinator");
        triageReferral.triage(referral.id(), 0, new TriageDecision(TriageOutcome.RIGHT_TO_CARE, TODAY.plusWeeks(4),
                null), "kari.koordinator");
        assertThat(diff(start, counters())).isNotEmpty();
        registerInError.registerInError(referral.id(), 1, "Feil pasient", "kari.koordinator");
        assertThat(diff(start, counters())).isEmpty();
        Pathway pathway = pathways.byReferral(referral.id()).orElseThrow();
        refresh.refreshAllStale();
        assertThat(facts.lockById(pathway.id()).orElseThrow().excluded()).isTrue();
    }

    @Test
    void anOpenDecisionLeavesTheDenominatorOnlyUntilItsDeadlinePasses() {
        Referral referral = registerReferral.register(Referrals.aReferral().receivedOn(TODAY).build(),
                "kari.koordinator");
        LocalDate deadline = referral.assessmentDeadline();
        long openToday = open(TODAY);
        long openOnDeadline = open(deadline);
        long openAfter = open(deadline.plusDays(1));
        // still open on the deadline day itself, missed the day after: no batch job involved
        assertThat(openOnDeadline).isGreaterThanOrEqualTo(1);
        assertThat(openToday).isGreaterThanOrEqualTo(openOnDeadline);
        assertThat(openOnDeadline - openAfter).isGreaterThanOrEqualTo(1);
    }

    long open(LocalDate day) {
        refresh.refreshAllStale();
        return cells.openDeadlines(THIS_MONTH, Grouping.TOTAL, day).stream()
                .filter(c -> c.measure().equals(Measures.PENDING_DECISION)).mapToLong(IndicatorCells.Counter::n).sum();
    }

    @Test
    void theAnalystSeesTheDashboardAndTheApiWithDefinitions() {
        registerReferral.register(Referrals.aReferral().build(), "kari.koordinator");
        Browser browser = new Browser(port).logIn("anna.analytiker");
        HttpResponse<String> page = browser.get("/analyse");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Vurdering av rett til helsehjelp innen 10 virkedager", "Definisjon",
                "arbeidsmiljøloven § 4-6 (3)", "data-chart=", "chart.umd.min.js");
        assertThat(browser.get("/analyse?from=2026-13").statusCode()).isEqualTo(400);

        Http analyst = new Http(port, "anna.analytiker");
        HttpResponse<String> report = analyst.get("/api/v1/indicators/report?groupBy=MONTH&from=2026-01&to=2026-11");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("\"decision-within-10-working-days\"", "\"2026-11\"", "\"nSuppressed\"");
        HttpResponse<String> bad = analyst.get("/api/v1/indicators/report?sex=X&groupBy=week");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(bad.body()).contains("\"groupBy\"");
        assertThat(analyst.get("/api/v1/indicators").body()).contains("\"sourceRule\"", "folketrygdloven § 8-7 a");

        assertThat(new Http(port, "kari.koordinator").get("/api/v1/indicators").statusCode()).isEqualTo(403);
    }

    @Test
    void anExportIsLoggedWithoutAnyPerson() {
        Browser analyst = new Browser(port).logIn("anna.analytiker");
        long before = exports();
        HttpResponse<String> csv = analyst.get("/analyse/eksport.csv?groupBy=CLINIC");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains("indicator;version;title;group;value;unit;n");
        assertThat(exports()).isEqualTo(before + 1);
        // Other tests export too (research extracts, FHIR $export): count this kind only, and none names a person.
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'EXPORT' AND person_id IS NULL"
                + " AND username = 'anna.analytiker' AND resource_type = 'IndicatorReport'").query(Long.class).single())
                .isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE resource_type = 'IndicatorReport'"
                + " AND (person_id IS NOT NULL OR person_ids IS NOT NULL)").query(Long.class).single()).isZero();
        assertThat(analyst.get("/analyse/eksport.csv?groupBy=WEEK").statusCode()).isEqualTo(400);
    }

    @Test
    void theSpreadsheetExportHoldsTheSameRowsAsTheCsv() throws Exception {
        Browser analyst = new Browser(port).logIn("anna.analytiker");
        long before = exports();
        String csv = analyst.get("/analyse/eksport.csv?groupBy=CLINIC").body();
        HttpResponse<byte[]> xlsx = analyst.getBytes("/analyse/eksport.xlsx?groupBy=CLINIC");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        String sheet = null;
        String sharedStrings;
        // Read through the central directory, as spreadsheet programs do (the entries use data descriptors).
        java.nio.file.Path file = java.nio.file.Files.createTempFile("indikatorer", ".xlsx");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(
                java.nio.file.Files.write(file, xlsx.body()).toFile())) {
            sheet = text(zip, "xl/worksheets/sheet1.xml");
            sharedStrings = text(zip, "xl/sharedStrings.xml");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        assertThat(sheet).as("worksheet in the workbook").isNotNull();
        long csvRows = csv.lines().filter(l -> !l.isBlank()).count();
        assertThat(java.util.regex.Pattern.compile("<row ").matcher(sheet).results().count()).isEqualTo(csvRows);
        assertThat(sharedStrings).contains("indicator", "decision-within-10-working-days");
        assertThat(exports()).isEqualTo(before + 2);
        assertThat(analyst.getBytes("/analyse/eksport.xlsx?groupBy=WEEK").statusCode()).isEqualTo(400);
    }

    private static String text(java.util.zip.ZipFile zip, String name) throws java.io.IOException {
        java.util.zip.ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return null;
        }
        try (java.io.InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    long exports() {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'EXPORT' AND resource_type = 'IndicatorReport'")
                .query(Long.class).single();
    }
}
