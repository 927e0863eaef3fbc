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
import no.samspill.sickleave.SickLeavePeriod;
import no.samspill.sickleave.SickLeaveTimeline;
import no.samspill.sickleave.SickPayScheme;
import no.samspill.sickleave.StatutoryTimeline;
import no.samspill.sickleave.TimelineMilestone;
import org.junit.jupiter.api.Test;

/**
 * "Dialogue meeting 1 by week 7" counts the meeting only where it is a duty, as the timeline judges it (decision 0039):
 * a case with no fully sick-listed day from its start through week 7 holds the meeting on request and counts in
 * neither the numerator nor the denominator. Worked by hand: every case starts Monday 2026-09-07, so DM1 is due
 * Sunday 2026-10-25 (start + 7 weeks − 1 day); today is 2026-11-24, so every DM1 here has passed.
 */
class DialogueMeeting1IndicatorTest {

    static final LocalDate TODAY = d("2026-11-24");
    static final LocalDate DM1_DUE = d("2026-10-25");

    static SickLeavePeriod full(String from, String to) {
        return SickLeavePeriod.full(d(from), d(to));
    }

    static SickLeavePeriod graded(String from, String to) {
        return new SickLeavePeriod(d(from), d(to), 50);
    }

    /** The timeline of one case, as the sickleave module builds it, with DM1 held on {@code dm1HeldOn} (or not). */
    static SickLeaveTimeline timeline(LocalDate dm1HeldOn, SickLeavePeriod... periods) {
        CasePeriod c = CasePeriods.latest(List.of(periods)).orElseThrow();
        List<TimelineMilestone> milestones = StatutoryTimeline.of(c, MaxDateRule.of(SickPayScheme.EMPLOYEE)).stream()
                .map(m -> {
                    LocalDate met = m.kind() == MilestoneKind.DIALOGUE_MEETING_1 ? dm1HeldOn : null;
                    return new TimelineMilestone(m.kind(), m.dueDate(), met, m.status(c, met, TODAY));
                })
                .toList();
        return new SickLeaveTimeline(TODAY, List.of(), Optional.of(c), milestones, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    static FactInputs pathway(SickLeaveTimeline t) {
        CasePeriod c = t.casePeriod().orElseThrow();
        return IndicatorWorkedExamplesTest.pathway(d("2026-09-20"), d("2026-10-02"), d("2026-09-25"), true, false,
                false, null, List.of(), c.start(), c.sickDays(), FactInputs.deadlines(t), Map.of(), BASELINE_ONLY, null,
                false, false);
    }

    static Map<String, Long> dm1Counters(FactInputs p) {
        Map<String, Long> c = new HashMap<>();
        p.fact().counters().forEach((k, n) -> {
            if (k.measure().equals(Measures.DM1_TOTAL) || k.measure().equals(Measures.DM1_IN_TIME)) {
                c.merge(k.measure(), n, Long::sum);
            }
        });
        return c;
    }

    // Full leave all along, DM1 held 2026-10-20: a duty, met in time.
    static final SickLeaveTimeline FULL_HELD = timeline(d("2026-10-20"), full("2026-09-07", "2026-11-30"));
    // 50 % all through week 7 (and on to 11-30), DM1 held anyway 2026-10-20: on request, not counted.
    static final SickLeaveTimeline GRADED_HELD = timeline(d("2026-10-20"), graded("2026-09-07", "2026-11-30"));
    // 50 % all through week 7, DM1 not held: on request, not counted (no miss).
    static final SickLeaveTimeline GRADED_NOT_HELD = timeline(null, graded("2026-09-07", "2026-11-30"));
    // 50 % weeks 1–4, then 100 % from 2026-10-05 (week 5): a fully sick-listed day before the due day makes DM1 a
    // duty; not held, so a miss.
    static final SickLeaveTimeline GRADED_THEN_FULL = timeline(null, graded("2026-09-07", "2026-10-04"),
            full("2026-10-05", "2026-11-30"));
    // 50 % through week 7, 100 % only from 2026-10-26 (week 8): leave after the due day does not count, on request.
    static final SickLeaveTimeline FULL_ONLY_AFTER_WEEK_7 = timeline(null, graded("2026-09-07", "2026-10-25"),
            full("2026-10-26", "2026-11-30"));

    @Test
    void fullLeaveCountsDialogueMeeting1AsDue() {
        assertThat(FULL_HELD.milestones()).filteredOn(m -> m.kind() == MilestoneKind.DIALOGUE_MEETING_1)
                .extracting(TimelineMilestone::dueDate).containsExactly(DM1_DUE);
        assertThat(FactInputs.deadlines(FULL_HELD)).containsEntry(MilestoneKind.DIALOGUE_MEETING_1,
                new FactInputs.Deadline(DM1_DUE, d("2026-10-20")));
        assertThat(dm1Counters(pathway(FULL_HELD)))
                .isEqualTo(Map.of(Measures.DM1_TOTAL, 1L, Measures.DM1_IN_TIME, 1L));
    }

    @Test
    void gradedLeaveAllThroughWeek7LeavesDialogueMeeting1OutHeldOrNot() {
        // the plan (week 4) stays a duty; DM2 (2027-03-07) falls after the last sick day 2026-11-30 (decision 0045)
        assertThat(FactInputs.deadlines(GRADED_HELD)).doesNotContainKey(MilestoneKind.DIALOGUE_MEETING_1)
                .containsKey(MilestoneKind.FOLLOW_UP_PLAN).doesNotContainKey(MilestoneKind.DIALOGUE_MEETING_2);
        assertThat(dm1Counters(pathway(GRADED_HELD))).isEmpty();
        assertThat(dm1Counters(pathway(GRADED_NOT_HELD))).isEmpty();
        assertThat(pathway(GRADED_NOT_HELD).fact().dialogueMeeting1Due()).isNull();
        // the follow-up plan is a duty whatever the grade: due 2026-10-04, not made, still counted
        assertThat(pathway(GRADED_NOT_HELD).fact().followUpPlanDue()).isEqualTo(d("2026-10-04"));
    }

    @Test
    void gradedThenFullBeforeWeek7CountsDialogueMeeting1AsDue() {
        assertThat(dm1Counters(pathway(GRADED_THEN_FULL))).isEqualTo(Map.of(Measures.DM1_TOTAL, 1L));
        assertThat(pathway(GRADED_THEN_FULL).fact().dialogueMeeting1Due()).isEqualTo(DM1_DUE);
    }

    @Test
    void fullLeaveOnlyAfterWeek7LeavesDialogueMeeting1Out() {
        assertThat(dm1Counters(pathway(FULL_ONLY_AFTER_WEEK_7))).isEmpty();
    }

    @Test
    void theRateCountsOnlyTheDuties() {
        // duties: FULL_HELD (in time) and GRADED_THEN_FULL (missed) → 1/2 = 50 %, n = 2. Counting DM1 as due for
        // graded leave (before decision 0039 reached the indicators) gave 2/5 = 40 %.
        Map<String, NavigableMap<Integer, Long>> counters = new HashMap<>();
        for (SickLeaveTimeline t : List.of(FULL_HELD, GRADED_HELD, GRADED_NOT_HELD, GRADED_THEN_FULL,
                FULL_ONLY_AFTER_WEEK_7)) {
            pathway(t).fact().counters().forEach((k, n) -> counters.computeIfAbsent(k.measure(), m -> new TreeMap<>())
                    .merge(k.bucket(), n, Long::sum));
        }
        Formulas.Counts counts = new Formulas.Counts(counters, Map.of());
        Formulas.Formula dm1 = Formulas.of("dialogue-meeting-1-by-week-7");
        assertThat(dm1.components(counts)).containsExactly(1L, 1L);
        assertThat(dm1.value(counts)).isEqualTo(50.0);
    }

    @Test
    void withoutSickLeaveThereAreNoDeadlines() {
        SickLeaveTimeline none = new SickLeaveTimeline(TODAY, List.of(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty());
        assertThat(FactInputs.deadlines(none)).isEmpty();
    }
}
