package no.samspill.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import no.samspill.referral.Referral;
import no.samspill.referral.RegisterReferral;
import no.samspill.referral.TriageDecision;
import no.samspill.referral.TriageOutcome;
import no.samspill.referral.TriageReferral;
import no.samspill.sickleave.MilestoneKind;
import no.samspill.sickleave.RegisterSickLeavePeriod;
import no.samspill.sickleave.SickLeaveTimeline;
import no.samspill.support.IntegrationTest;
import no.samspill.support.Referrals;
import no.samspill.support.TestClock;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Worklist rows stored under older milestone rules are derived again (decision 0042): rows of open pathways derived
 * with an older rules version follow the current rules after the job, closed pathways and pathways derived with the
 * current version are left alone, and a derivation running meanwhile is neither waited for nor overwritten.
 */
@IntegrationTest
@WithUserDetails("kari.koordinator")
class WorklistRederivationIT {

    static final LocalDate TODAY = TestClock.TODAY;
    static final LocalDate CASE_START = TODAY.minusWeeks(5);
    static final String DM1 = MilestoneKind.DIALOGUE_MEETING_1.name();

    @Autowired RegisterReferral registerReferral;
    @Autowired TriageReferral triageReferral;
    @Autowired PathwayQueries pathways;
    @Autowired ClosePathway closePathway;
    @Autowired RegisterSickLeavePeriod registerSickLeave;
    @Autowired RederiveWorklists rederive;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void rowsDerivedUnderOlderRulesFollowTheCurrentRulesAndClosedPathwaysAreLeftAlone() {
        // 50 % from five weeks ago: under decision 0039 DM1 is on request, so the current rules give it no row.
        Pathway graded = pathwayOnGradedLeave();
        assertThat(milestoneRows(graded.id())).contains(MilestoneKind.FOLLOW_UP_PLAN.name()).doesNotContain(DM1);
        // As stored before 0039 (DM1 a deadline for graded leave), with the version it was derived with.
        storeStaleDialogueMeeting1Row(graded.id(), 1);

        // A closed pathway with a row and an older version, and an open one derived with the current version but
        // holding a row the current rules would not give: neither is touched.
        Pathway closed = pathwayOnGradedLeave();
        closePathway.close(closed.id(), pathways.byId(closed.id()).orElseThrow().version(), Outcome.NEW_JOB, null,
                "kari.koordinator");
        assertThat(jdbc.sql("SELECT count(*) FROM worklist_milestone_rules WHERE pathway_id = ?").param(closed.id())
                .query(Long.class).single()).as("closing forgets the version").isZero();
        storeStaleDialogueMeeting1Row(closed.id(), 1);
        Pathway current = pathwayOnGradedLeave();
        storeStaleDialogueMeeting1Row(current.id(), SickLeaveTimeline.RULES_VERSION);

        drain();

        assertThat(milestoneRows(graded.id())).contains(MilestoneKind.FOLLOW_UP_PLAN.name()).doesNotContain(DM1);
        assertThat(rulesVersion(graded.id())).isEqualTo(SickLeaveTimeline.RULES_VERSION);
        assertThat(milestoneRows(closed.id())).containsExactly(DM1);
        assertThat(rulesVersion(closed.id())).isEqualTo(1);
        assertThat(milestoneRows(current.id())).contains(DM1);

        // Idempotent: nothing is left to derive.
        assertThat(rederive.batch(RederiveWorklists.BATCH)).isZero();
    }

    @Test
    void aDerivationInProgressIsSkippedAndKeepsItsNewerRows() throws Exception {
        Pathway pathway = pathwayOnGradedLeave();
        setRulesVersion(pathway.id(), 1);

        // A writer registers 100 % leave in week 2 (DM1 becomes a duty) and holds its transaction open.
        CountDownLatch derived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SecurityContext security = SecurityContextHolder.getContext();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            SecurityContextHolder.setContext(security);
            try {
                transactions.executeWithoutResult(s -> {
                    registerFullWeek(pathway);
                    derived.countDown();
                    await(release);
                });
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        assertThat(derived.await(60, TimeUnit.SECONDS)).isTrue();

        // The job skips the pathway the writer holds instead of waiting for it.
        int taken = rederive.batch(RederiveWorklists.BATCH);
        release.countDown();
        writer.get(60, TimeUnit.SECONDS);

        assertThat(taken).isZero();
        assertThat(rulesVersion(pathway.id())).isEqualTo(SickLeaveTimeline.RULES_VERSION);
        assertThat(milestoneRows(pathway.id())).contains(DM1);
    }

    @Test
    void aWriterThatComesDuringTheJobWaitsForItAndWritesTheNewestRows() throws Exception {
        Pathway pathway = pathwayOnGradedLeave();
        storeStaleDialogueMeeting1Row(pathway.id(), 1);

        SecurityContext security = SecurityContextHolder.getContext();
        CompletableFuture<Void> writer = transactions.execute(s -> {
            // The job's batch holds the pathway (the derivation from the graded leave alone) until this commits.
            assertThat(rederive.batch(RederiveWorklists.BATCH)).isEqualTo(1);
            assertThat(milestoneRows(pathway.id())).doesNotContain(DM1);
            CompletableFuture<Void> w = CompletableFuture.runAsync(() -> {
                SecurityContextHolder.setContext(security);
                try {
                    registerFullWeek(pathway);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
            // The writer's derivation waits for the job's lock on the pathway.
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(this::writerWaitsForTheDerivationLock);
            return w;
        });
        writer.get(60, TimeUnit.SECONDS);

        // The writer derived after the job committed, from the newer leave: DM1 is a duty again.
        assertThat(milestoneRows(pathway.id())).contains(DM1);
        assertThat(rulesVersion(pathway.id())).isEqualTo(SickLeaveTimeline.RULES_VERSION);
    }

    /** A session waits for a lock in its statement on worklist_milestone_rules (a fresh look every time). */
    private boolean writerWaitsForTheDerivationLock() {
        jdbc.sql("SELECT pg_stat_clear_snapshot()").query(Object.class).optional();
        return jdbc.sql("""
                SELECT count(*) FROM pg_stat_activity
                WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO worklist_milestone_rules%'""")
                .query(Long.class).single() > 0;
    }

    private void drain() {
        while (rederive.batch(RederiveWorklists.BATCH) > 0) {
            // each batch commits on its own
        }
    }

    private Pathway pathwayOnGradedLeave() {
        Referral referral = registerReferral.register(Referrals.aReferral().build(), "kari.koordinator");
        triageReferral.triage(referral.id(), 0,
                new TriageDecision(TriageOutcome.RIGHT_TO_CARE, TODAY.plusWeeks(4), null), "kari.koordinator");
        registerSickLeave.register(referral.personId(), CASE_START, CASE_START.plusWeeks(12), 50, "kari.koordinator");
        return pathways.byReferral(referral.id()).orElseThrow();
    }

    private void registerFullWeek(Pathway pathway) {
        registerSickLeave.register(pathway.personId(), CASE_START.plusWeeks(1), CASE_START.plusWeeks(2).minusDays(1),
                100, "kari.koordinator");
    }

    private void storeStaleDialogueMeeting1Row(UUID pathwayId, int rulesVersion) {
        jdbc.sql("""
                INSERT INTO worklist_item (pathway_id, kind, ref, owner, title, due_date)
                VALUES (?, 'MILESTONE', ?, 'kari.koordinator', 'Dialogmøte 1', ?)""")
                .params(pathwayId, DM1, Date.valueOf(CASE_START.plusWeeks(7).minusDays(1))).update();
        setRulesVersion(pathwayId, rulesVersion);
    }

    private void setRulesVersion(UUID pathwayId, int rulesVersion) {
        jdbc.sql("""
                INSERT INTO worklist_milestone_rules (pathway_id, rules_version) VALUES (?, ?)
                ON CONFLICT (pathway_id) DO UPDATE SET rules_version = EXCLUDED.rules_version""")
                .params(pathwayId, rulesVersion).update();
    }

    private List<String> milestoneRows(UUID pathwayId) {
        return jdbc.sql("SELECT ref FROM worklist_item WHERE pathway_id = ? AND kind = 'MILESTONE' ORDER BY ref")
                .param(pathwayId).query(String.class).list();
    }

    private int rulesVersion(UUID pathwayId) {
        return jdbc.sql("SELECT rules_version FROM worklist_milestone_rules WHERE pathway_id = ?").param(pathwayId)
                .query(Integer.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
