package no.samspill.sickleave;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CasePeriodsProperties {

    @Provide
    Arbitrary<List<SickLeavePeriod>> histories() {
        return SickLeaveArbitraries.leaveHistories();
    }

    @Provide
    Arbitrary<SickLeavePeriod> periods() {
        return SickLeaveArbitraries.periods();
    }

    @Property
    void casePeriodsAreSortedAndSeparatedByAtLeast16DaysWithoutLeave(@ForAll("histories") List<SickLeavePeriod> leave) {
        List<CasePeriod> cases = CasePeriods.of(leave);

        for (int i = 1; i < cases.size(); i++) {
            CasePeriod previous = cases.get(i - 1);
            CasePeriod next = cases.get(i);
            assertThat(next.start()).isAfter(previous.end());
            assertThat(CasePeriods.gapInDays(previous.end(), next.start())).isGreaterThanOrEqualTo(16);
        }
        assertThat(cases.stream().mapToInt(c -> c.periods().size()).sum()).isEqualTo(leave.size());
    }

    @Property
    void splittingAPeriodWithAGapUnder16DaysKeepsTheCaseStarts(
            @ForAll("histories") List<SickLeavePeriod> others,
            @ForAll("periods") SickLeavePeriod head,
            @ForAll @IntRange(min = 1, max = 15) int gap,
            @ForAll @IntRange(min = 0, max = 60) int tail) {
        // One period [from, to] versus [from, head.to] + [head.to + gap + 1, to]: gap days without leave in between.
        SickLeavePeriod whole = new SickLeavePeriod(head.from(), head.to().plusDays(gap + 1L + tail), head.gradePercent());
        SickLeavePeriod second = new SickLeavePeriod(head.to().plusDays(gap + 1L), whole.to(), head.gradePercent());

        List<SickLeavePeriod> unsplit = new ArrayList<>(others);
        unsplit.add(whole);
        List<SickLeavePeriod> split = new ArrayList<>(others);
        split.add(head);
        split.add(second);

        assertThat(CasePeriods.of(split)).extracting(CasePeriod::start)
                .containsExactlyElementsOf(CasePeriods.of(unsplit).stream().map(CasePeriod::start).toList());
    }
}
