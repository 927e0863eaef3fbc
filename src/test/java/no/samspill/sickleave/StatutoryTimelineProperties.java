package no.samspill.sickleave;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class StatutoryTimelineProperties {

    @Provide
    Arbitrary<CasePeriod> cases() {
        return SickLeaveArbitraries.casePeriods();
    }

    @Provide
    Arbitrary<MaxDateRule> rules() {
        return SickLeaveArbitraries.rules();
    }

    @Property
    void milestonesAreOrderedByDueDateAndComeOncePerKind(@ForAll("cases") CasePeriod c, @ForAll("rules") MaxDateRule rule) {
        var milestones = StatutoryTimeline.of(c, rule);

        assertThat(milestones).extracting(Milestone::dueDate).isSortedAccordingTo(Comparator.<LocalDate>naturalOrder());
        assertThat(milestones).extracting(Milestone::kind).containsExactlyInAnyOrder(MilestoneKind.values());
    }
}
