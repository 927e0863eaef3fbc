package no.samspill.sickleave;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Which milestones are duties by the registered leave ({@link SickLeaveTimeline#isDuty}, decision 0045): one due on or
 * before the case's last registered sick day that is not merely on request. Checked on generated cases, days and met
 * dates against the status the timeline shows and the day {@link SickLeaveTimeline#relevantUntil} gives.
 */
class MilestoneDutyProperties {

    @Provide
    Arbitrary<CasePeriod> cases() {
        return SickLeaveArbitraries.casePeriods();
    }

    @Property
    void aMilestoneIsADutyOnlyWhenDueOnOrBeforeTheCaseEndAndNotOnRequest(
            @ForAll("cases") CasePeriod c, @ForAll @IntRange(min = -30, max = 400) int todayOffset,
            @ForAll @IntRange(min = 0, max = 300) int metOffset, @ForAll boolean met) {
        LocalDate today = c.start().plusDays(todayOffset);
        SickLeaveTimeline t = timeline(c, today, met ? c.start().plusDays(metOffset) : null);

        for (TimelineMilestone m : t.milestones()) {
            boolean withinLeave = !m.dueDate().isAfter(c.end());
            assertThat(t.isDuty(m)).as(m.kind().name())
                    .isEqualTo(withinLeave && !new Milestone(m.kind(), m.dueDate()).onRequest(c));
            // relevantUntil gives the last sick day exactly for the milestones the duty rule leaves out by date
            assertThat(t.relevantUntil(m)).isEqualTo(withinLeave ? Optional.empty() : Optional.of(c.end()));
        }
    }

    @Property
    void theJudgementRestsOnTheRegisteredLeaveAloneNotOnTodayOrTheMetDate(
            @ForAll("cases") CasePeriod c, @ForAll @IntRange(min = -30, max = 400) int todayOffset,
            @ForAll @IntRange(min = -30, max = 400) int otherTodayOffset,
            @ForAll @IntRange(min = 0, max = 300) int metOffset) {
        SickLeaveTimeline unmet = timeline(c, c.start().plusDays(todayOffset), null);
        SickLeaveTimeline metLater = timeline(c, c.start().plusDays(otherTodayOffset), c.start().plusDays(metOffset));

        assertThat(unmet.milestones().stream().map(unmet::isDuty).toList())
                .isEqualTo(metLater.milestones().stream().map(metLater::isDuty).toList());
    }

    @Property
    void onceTheCaseHasEndedAnOpenMilestoneThatIsNoDutyByDateIsShownAsNotRelevant(
            @ForAll("cases") CasePeriod c, @ForAll @IntRange(min = 1, max = 400) int daysAfterEnd) {
        SickLeaveTimeline t = timeline(c, c.end().plusDays(daysAfterEnd), null);

        for (TimelineMilestone m : t.milestones()) {
            if (m.dueDate().isAfter(c.end())) {
                assertThat(t.isDuty(m)).isFalse();
                assertThat(m.status()).isEqualTo(MilestoneStatus.NOT_RELEVANT);
            } else {
                assertThat(m.status()).isNotEqualTo(MilestoneStatus.NOT_RELEVANT);
            }
        }
    }

    /** The case's timeline on {@code today}, every milestone met on {@code metOn} (or none). */
    private static SickLeaveTimeline timeline(CasePeriod c, LocalDate today, LocalDate metOn) {
        List<TimelineMilestone> milestones = StatutoryTimeline.of(c, MaxDateRule.of(SickPayScheme.EMPLOYEE)).stream()
                .map(m -> new TimelineMilestone(m.kind(), m.dueDate(), metOn, m.status(c, metOn, today)))
                .toList();
        return new SickLeaveTimeline(today, List.of(), Optional.of(c), milestones, Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
