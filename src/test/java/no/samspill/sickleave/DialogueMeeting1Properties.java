package no.samspill.sickleave;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Dialogue meeting 1 (arbeidsmiljøloven § 4-6 (4), ../shared/domain/sick-leave.md): a deadline by week 7 when the
 * person has been fully sick-listed, on request when every sick day up to week 7 is graded. Checked on generated cases
 * and days, never met.
 */
class DialogueMeeting1Properties {

    @Provide
    Arbitrary<CasePeriod> cases() {
        return SickLeaveArbitraries.casePeriods();
    }

    @Property
    void theGradesAfterItsDueDayNeverChangeItsStatus(@ForAll("cases") CasePeriod c,
                                                     @ForAll @IntRange(min = 1, max = 100) int laterGrade,
                                                     @ForAll @IntRange(min = -30, max = 400) int todayOffset) {
        LocalDate due = dueDate(c);
        CasePeriod regraded = new CasePeriod(c.start(), c.end(), c.periods().stream()
                .map(p -> p.from().isAfter(due) ? new SickLeavePeriod(p.from(), p.to(), laterGrade) : p).toList());
        LocalDate today = c.start().plusDays(todayOffset);

        assertThat(status(regraded, today)).isEqualTo(status(c, today));
    }

    @Property
    void fullLeaveNeverLeavesItOnRequestAndGradedLeaveAlwaysDoesWhileTheCaseLasts(
            @ForAll("cases") CasePeriod c, @ForAll @IntRange(min = 1, max = 99) int grade,
            @ForAll @IntRange(min = -30, max = 400) int todayOffset) {
        LocalDate today = c.start().plusDays(todayOffset);
        CasePeriod full = withGrade(c, p -> 100);
        CasePeriod graded = withGrade(c, p -> Math.min(p.gradePercent(), grade));

        assertThat(status(full, today)).isNotEqualTo(MilestoneStatus.ON_REQUEST);
        assertThat(status(graded, today)).isIn(MilestoneStatus.ON_REQUEST, MilestoneStatus.NOT_RELEVANT);
        if (!c.end().isBefore(today)) {
            assertThat(status(graded, today)).isEqualTo(MilestoneStatus.ON_REQUEST);
        }
    }

    @Property
    void makingOnePeriodFullNeverTurnsADeadlineIntoOnRequest(@ForAll("cases") CasePeriod c,
                                                             @ForAll @IntRange(min = 0, max = 7) int index,
                                                             @ForAll @IntRange(min = -30, max = 400) int todayOffset) {
        LocalDate today = c.start().plusDays(todayOffset);
        SickLeavePeriod raised = c.periods().get(index % c.periods().size());
        CasePeriod fuller = withGrade(c, p -> p == raised ? 100 : p.gradePercent());

        if (status(c, today) != MilestoneStatus.ON_REQUEST) {
            assertThat(status(fuller, today)).isEqualTo(status(c, today));
        }
    }

    @Property
    void onRequestIsTheStatusWheneverTheStatusIsJudgedByTheLeaveAndHoldsWhenMet(
            @ForAll("cases") CasePeriod c, @ForAll @IntRange(min = -30, max = 400) int todayOffset,
            @ForAll @IntRange(min = 0, max = 60) int metOffset) {
        LocalDate today = c.start().plusDays(todayOffset);
        Milestone dm1 = new Milestone(MilestoneKind.DIALOGUE_MEETING_1, dueDate(c));
        MilestoneStatus status = status(c, today);

        // the indicators read onRequest; the timeline shows the status: they never disagree where both apply
        if (status != MilestoneStatus.NOT_RELEVANT) {
            assertThat(dm1.onRequest(c)).isEqualTo(status == MilestoneStatus.ON_REQUEST);
        }
        // a meeting held anyway is done; whether it was a duty does not depend on it (onRequest takes no met date)
        assertThat(dm1.status(c, c.start().plusDays(metOffset), today)).isEqualTo(MilestoneStatus.DONE);
        // only dialogue meeting 1 is ever on request
        assertThat(new Milestone(MilestoneKind.FOLLOW_UP_PLAN, dm1.dueDate()).onRequest(c)).isFalse();
    }

    private static CasePeriod withGrade(CasePeriod c, java.util.function.ToIntFunction<SickLeavePeriod> grade) {
        List<SickLeavePeriod> periods = c.periods().stream()
                .map(p -> new SickLeavePeriod(p.from(), p.to(), grade.applyAsInt(p))).toList();
        return new CasePeriod(c.start(), c.end(), periods);
    }

    private static LocalDate dueDate(CasePeriod c) {
        return StatutoryTimeline.endOfWeek(c.start(), 7);
    }

    private static MilestoneStatus status(CasePeriod c, LocalDate today) {
        return new Milestone(MilestoneKind.DIALOGUE_MEETING_1, dueDate(c)).status(c, null, today);
    }
}
