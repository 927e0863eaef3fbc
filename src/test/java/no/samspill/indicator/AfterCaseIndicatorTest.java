package no.samspill.indicator;

import static no.samspill.indicator.IndicatorWorkedExamplesTest.BASELINE_ONLY;
import static no.samspill.indicator.IndicatorWorkedExamplesTest.d;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import no.samspill.sickleave.CasePeriod;
import no.samspill.sickleave.CasePeriods;
import no.samspill.sickleave.MaxDateRule;
import no.samspill.sickleave.MilestoneKind;
import no.samspill.sickleave.MilestoneStatus;
import no.samspill.sickleave.SickLeavePeriod;
import no.samspill.sickleave.SickLeaveTimeline;
import no.samspill.sickleave.SickPayScheme;
import no.samspill.sickleave.StatutoryTimeline;
import no.samspill.sickleave.TimelineMilestone;
import org.junit.jupiter.api.Test;

/**
 * The deadline indicators count a milestone only when it is due on or before the case's last registered sick day
 * (decision 0045): after that day the person is back at work and the timeline shows it as "Ikke aktuelt". Worked by
 * hand: every case starts Monday 2026-03-02, so the follow-up plan is due Sunday 2026-03-29 (end of week 4), dialogue
 * meeting 1 Sunday 2026-04-19 (week 7) and dialogue meeting 2 Sunday 2026-08-30 (week 26). Today is 2026-11-24: every
 * due date has passed, so before this rule each one counted in the denominator.
 */
class AfterCaseIndicatorTest {

    static final LocalDate TODAY = d("2026-11-24");
    static final LocalDate START = d("2026-03-02");
    static final LocalDate PLAN_DUE = d("2026-03-29");
    static final LocalDate DM1_DUE = d("2026-04-19");
    static final LocalDate DM2_DUE = d("2026-08-30");
    static final List<String> DEADLINE_MEASURES = List.of(Measures.FOLLOW_UP_PLAN_TOTAL,
            Measures.FOLLOW_UP_PLAN_IN_TIME, Measures.DM1_TOTAL, Measures.DM1_IN_TIME, Measures.DM2_TOTAL,
            Measures.DM2_IN_TIME);

    /** One fully sick-listed case from 2026-03-02 to {@code lastSickDay}, with the given milestones met. */
    static SickLeaveTimeline timeline(String lastSickDay, Map<MilestoneKind, LocalDate> met) {
        CasePeriod c = CasePeriods.latest(List.of(SickLeavePeriod.full(START, d(lastSickDay)))).orElseThrow();
        List<TimelineMilestone> milestones = StatutoryTimeline.of(c, MaxDateRule.of(SickPayScheme.EMPLOYEE)).stream()
                .map(m -> new TimelineMilestone(m.kind(), m.dueDate(), met.get(m.kind()),
                        m.status(c, met.get(m.kind()), TODAY)))
                .toList();
        return new SickLeaveTimeline(TODAY, List.of(), Optional.of(c), milestones, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    static FactInputs pathway(SickLeaveTimeline t) {
        CasePeriod c = t.casePeriod().orElseThrow();
        return IndicatorWorkedExamplesTest.pathway(d("2026-03-10"), d("2026-03-24"), d("2026-03-16"), true, false,
                false, null, List.of(), c.start(), c.sickDays(), FactInputs.deadlines(t), Map.of(), BASELINE_ONLY, null,
                false, false);
    }

    static Map<String, Long> deadlineCounters(SickLeaveTimeline t) {
        Map<String, Long> c = new HashMap<>();
        pathway(t).fact().counters().forEach((k, n) -> {
            if (DEADLINE_MEASURES.contains(k.measure())) {
                c.merge(k.measure(), n, Long::sum);
            }
        });
        return c;
    }

    static MilestoneStatus status(SickLeaveTimeline t, MilestoneKind kind) {
        return t.milestones().stream().filter(m -> m.kind() == kind).findFirst().orElseThrow().status();
    }

    // Back at work after week 3 (last sick day Sunday 2026-03-22), nothing recorded.
    static final SickLeaveTimeline ENDS_IN_WEEK_3 = timeline("2026-03-22", Map.of());
    // Back at work after week 3, but the plan was made anyway on 2026-03-25 (after the leave, before its due day).
    static final SickLeaveTimeline ENDS_IN_WEEK_3_PLAN_MADE = timeline("2026-03-22",
            Map.of(MilestoneKind.FOLLOW_UP_PLAN, d("2026-03-25")));
    // Back at work after week 10 (last sick day Sunday 2026-05-10): plan made in time, DM1 not held.
    static final SickLeaveTimeline ENDS_IN_WEEK_10 = timeline("2026-05-10",
            Map.of(MilestoneKind.FOLLOW_UP_PLAN, d("2026-03-27")));
    // The last sick day is the plan's due day itself: the plan is due within the leave and counts.
    static final SickLeaveTimeline ENDS_ON_THE_PLANS_DUE_DAY = timeline("2026-03-29", Map.of());

    @Test
    void theHandWorkedDueDatesHold() {
        assertThat(ENDS_IN_WEEK_10.milestones()).filteredOn(m -> m.kind() == MilestoneKind.FOLLOW_UP_PLAN
                        || m.kind() == MilestoneKind.DIALOGUE_MEETING_1 || m.kind() == MilestoneKind.DIALOGUE_MEETING_2)
                .extracting(TimelineMilestone::dueDate).containsExactly(PLAN_DUE, DM1_DUE, DM2_DUE);
    }

    @Test
    void leaveEndingInWeek3LeavesThePlanAndBothMeetingsOut() {
        assertThat(FactInputs.deadlines(ENDS_IN_WEEK_3)).doesNotContainKeys(MilestoneKind.FOLLOW_UP_PLAN,
                MilestoneKind.DIALOGUE_MEETING_1, MilestoneKind.DIALOGUE_MEETING_2);
        assertThat(deadlineCounters(ENDS_IN_WEEK_3)).isEmpty();
        PathwayFact fact = pathway(ENDS_IN_WEEK_3).fact();
        assertThat(fact.followUpPlanDue()).isNull();
        assertThat(fact.dialogueMeeting1Due()).isNull();
        assertThat(fact.dialogueMeeting2Due()).isNull();
        // the same judgement the timeline shows
        assertThat(status(ENDS_IN_WEEK_3, MilestoneKind.FOLLOW_UP_PLAN)).isEqualTo(MilestoneStatus.NOT_RELEVANT);
        assertThat(status(ENDS_IN_WEEK_3, MilestoneKind.DIALOGUE_MEETING_2)).isEqualTo(MilestoneStatus.NOT_RELEVANT);
    }

    @Test
    void leaveEndingInWeek10CountsThePlanAndDialogueMeeting1ButNotDialogueMeeting2() {
        assertThat(FactInputs.deadlines(ENDS_IN_WEEK_10))
                .containsEntry(MilestoneKind.FOLLOW_UP_PLAN, new FactInputs.Deadline(PLAN_DUE, d("2026-03-27")))
                .containsEntry(MilestoneKind.DIALOGUE_MEETING_1, new FactInputs.Deadline(DM1_DUE, null))
                .doesNotContainKey(MilestoneKind.DIALOGUE_MEETING_2);
        // plan in time, DM1 missed (due 04-19, within the leave), DM2 (08-30) long after the leave: nowhere
        assertThat(deadlineCounters(ENDS_IN_WEEK_10)).isEqualTo(Map.of(Measures.FOLLOW_UP_PLAN_TOTAL, 1L,
                Measures.FOLLOW_UP_PLAN_IN_TIME, 1L, Measures.DM1_TOTAL, 1L));
        assertThat(status(ENDS_IN_WEEK_10, MilestoneKind.DIALOGUE_MEETING_1)).isEqualTo(MilestoneStatus.OVERDUE);
    }

    @Test
    void aMilestoneMetAfterTheCaseEndedIsStillLeftOut() {
        assertThat(status(ENDS_IN_WEEK_3_PLAN_MADE, MilestoneKind.FOLLOW_UP_PLAN)).isEqualTo(MilestoneStatus.DONE);
        assertThat(FactInputs.deadlines(ENDS_IN_WEEK_3_PLAN_MADE)).doesNotContainKey(MilestoneKind.FOLLOW_UP_PLAN);
        assertThat(deadlineCounters(ENDS_IN_WEEK_3_PLAN_MADE)).isEmpty();
    }

    @Test
    void aMilestoneDueOnTheLastSickDayCounts() {
        assertThat(deadlineCounters(ENDS_ON_THE_PLANS_DUE_DAY)).isEqualTo(Map.of(Measures.FOLLOW_UP_PLAN_TOTAL, 1L));
        assertThat(pathway(ENDS_ON_THE_PLANS_DUE_DAY).fact().followUpPlanDue()).isEqualTo(PLAN_DUE);
    }

    @Test
    void theRatesCountOnlyTheDutiesOfTheRegisteredLeave() {
        // duties: the week-10 case's plan (in time) and DM1 (missed), the plan ending on its due day (missed) →
        // plan 1/2 = 50 %, DM1 0/1 = 0 %, DM2 nothing to count. Counting every passed due date gave plan 2/4, DM1
        // 0/4 and DM2 0/4.
        Map<String, NavigableMap<Integer, Long>> counters = new HashMap<>();
        for (SickLeaveTimeline t : List.of(ENDS_IN_WEEK_3, ENDS_IN_WEEK_3_PLAN_MADE, ENDS_IN_WEEK_10,
                ENDS_ON_THE_PLANS_DUE_DAY)) {
            pathway(t).fact().counters().forEach((k, n) -> counters.computeIfAbsent(k.measure(), m -> new TreeMap<>())
                    .merge(k.bucket(), n, Long::sum));
        }
        Formulas.Counts counts = new Formulas.Counts(counters, Map.of());
        assertThat(Formulas.of("follow-up-plan-by-week-4").components(counts)).containsExactly(1L, 1L);
        assertThat(Formulas.of("follow-up-plan-by-week-4").value(counts)).isEqualTo(50.0);
        assertThat(Formulas.of("dialogue-meeting-1-by-week-7").components(counts)).containsExactly(0L, 1L);
        assertThat(Formulas.of("dialogue-meeting-1-by-week-7").value(counts)).isEqualTo(0.0);
        assertThat(Formulas.of("dialogue-meeting-2-by-week-26").value(counts)).isNull();
    }

    @Test
    void theCatalogueStatesTheExclusionInTheRaisedVersions() {
        assertThat(IndicatorCatalogue.find("follow-up-plan-by-week-4").orElseThrow().version()).isEqualTo(2);
        assertThat(IndicatorCatalogue.find("dialogue-meeting-1-by-week-7").orElseThrow().version()).isEqualTo(3);
        assertThat(IndicatorCatalogue.find("dialogue-meeting-2-by-week-26").orElseThrow().version()).isEqualTo(2);
        assertThat(IndicatorCatalogue.all()).filteredOn(d -> d.exclusions().contains("siste registrerte sykmeldingsdag"))
                .extracting(IndicatorDefinition::id).containsExactlyInAnyOrder("follow-up-plan-by-week-4",
                        "dialogue-meeting-1-by-week-7", "dialogue-meeting-2-by-week-26");
    }
}
