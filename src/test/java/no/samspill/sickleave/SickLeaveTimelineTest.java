package no.samspill.sickleave;

import static no.samspill.sickleave.SickLeaveFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the worklist takes from a timeline: the open actionable milestones, and how long each stays relevant. */
class SickLeaveTimelineTest {

    static SickLeaveTimeline timeline(CasePeriod c, LocalDate today, Map<MilestoneKind, LocalDate> met) {
        List<TimelineMilestone> milestones = StatutoryTimeline.of(c, MaxDateRule.of(SickPayScheme.EMPLOYEE)).stream()
                .map(m -> new TimelineMilestone(m.kind(), m.dueDate(), met.get(m.kind()),
                        m.status(c, met.get(m.kind()), today)))
                .toList();
        return new SickLeaveTimeline(today, List.of(), Optional.of(c), milestones, Optional.of(EarlyWindow.of(c)),
                Optional.empty(), Optional.empty());
    }

    @Test
    void openActionableLeavesOutMetNotRelevantOnRequestAndInformationalMilestones() {
        // 60 % 01-05..02-15, 50 % 02-16..03-15; today 03-20: back at work since 03-16.
        CasePeriod c = SickLeaveFixtures.caseOf(SickLeaveFixtures.graded("2026-01-05", "2026-02-15", 60),
                SickLeaveFixtures.graded("2026-02-16", "2026-03-15", 50));
        SickLeaveTimeline t = timeline(c, date("2026-03-20"), Map.of());

        // Plan (02-01) missed: still open. DM1 on request (never fully sick-listed), activity met by graded leave,
        // the rest after the end.
        assertThat(t.openActionable()).extracting(TimelineMilestone::kind).containsExactly(MilestoneKind.FOLLOW_UP_PLAN);
        assertThat(t.relevantUntil(t.openActionable().get(0))).isEmpty();
    }

    @Test
    void aMilestoneDueAfterTheLastRegisteredSickDayIsRelevantUntilThatDay() {
        // Full leave 01-05..04-30, today 02-10: plan met, DM1 and the activity requirement due within the leave,
        // DM2 (07-05) and the week-39 letter after it.
        CasePeriod c = SickLeaveFixtures.caseOf(SickLeaveFixtures.leave("2026-01-05", "2026-04-30"));
        SickLeaveTimeline t = timeline(c, date("2026-02-10"), Map.of(MilestoneKind.FOLLOW_UP_PLAN, date("2026-01-30")));

        assertThat(t.openActionable()).extracting(TimelineMilestone::kind).containsExactly(
                MilestoneKind.DIALOGUE_MEETING_1, MilestoneKind.ACTIVITY_REQUIREMENT, MilestoneKind.DIALOGUE_MEETING_2,
                MilestoneKind.WEEK_39_LETTER);
        assertThat(t.openActionable()).extracting(t::relevantUntil).containsExactly(Optional.empty(), Optional.empty(),
                Optional.of(date("2026-04-30")), Optional.of(date("2026-04-30")));
    }

    @Test
    void dialogueMeeting1OnGradedLeaveIsOnRequestAlsoWhenHeld() {
        // 50 % 01-05..03-31: DM1 (02-22) held 02-10 anyway. Its status is done, but it stays no duty.
        CasePeriod c = SickLeaveFixtures.caseOf(SickLeaveFixtures.graded("2026-01-05", "2026-03-31", 50));
        SickLeaveTimeline t = timeline(c, date("2026-03-01"), Map.of(MilestoneKind.DIALOGUE_MEETING_1,
                date("2026-02-10")));
        TimelineMilestone dm1 = t.milestones().stream().filter(m -> m.kind() == MilestoneKind.DIALOGUE_MEETING_1)
                .findFirst().orElseThrow();

        assertThat(dm1.status()).isEqualTo(MilestoneStatus.DONE);
        assertThat(milestone(dm1).onRequest(c)).isTrue();
        assertThat(t.milestones()).filteredOn(m -> milestone(m).onRequest(c)).extracting(TimelineMilestone::kind)
                .containsExactly(MilestoneKind.DIALOGUE_MEETING_1);
    }

    @Test
    void dialogueMeeting1WithAFullySickListedDayBeforeItsDueDayIsADuty() {
        // 50 % 01-05..01-31, 100 % 02-01..03-31: fully off from week 4, so DM1 (02-22) is a duty.
        CasePeriod c = SickLeaveFixtures.caseOf(SickLeaveFixtures.graded("2026-01-05", "2026-01-31", 50),
                SickLeaveFixtures.leave("2026-02-01", "2026-03-31"));
        SickLeaveTimeline t = timeline(c, date("2026-02-10"), Map.of());

        assertThat(t.milestones()).noneMatch(m -> milestone(m).onRequest(c));
    }

    private static Milestone milestone(TimelineMilestone m) {
        return new Milestone(m.kind(), m.dueDate());
    }
}
