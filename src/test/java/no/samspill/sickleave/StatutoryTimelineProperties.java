package no.samspill.sickleave;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The statutory sequence, checked kind by kind on the due dates (not on the list's order, which
 * {@link StatutoryTimeline#of} sorts itself).
 */
class StatutoryTimelineProperties {

    /** ../shared/domain/sick-leave.md, in the order the law and NAV's practice put them. */
    static final List<MilestoneKind> STATUTORY_SEQUENCE = List.of(
            MilestoneKind.EMPLOYER_PERIOD_END,           // day 16
            MilestoneKind.FOLLOW_UP_PLAN,                // week 4
            MilestoneKind.DIALOGUE_MEETING_1,            // week 7
            MilestoneKind.ACTIVITY_REQUIREMENT,          // week 8
            MilestoneKind.DIALOGUE_MEETING_2_CANDIDATE,  // week 17 (day 119)
            MilestoneKind.DIALOGUE_MEETING_2,            // week 26
            MilestoneKind.WEEK_39_LETTER,                // fewer than 91 sick-pay days left
            MilestoneKind.MAX_DATE);

    @Provide
    Arbitrary<CasePeriod> cases() {
        return SickLeaveArbitraries.casePeriods();
    }

    @Provide
    Arbitrary<MaxDateRule> rules() {
        return SickLeaveArbitraries.rules();
    }

    /** No age cap can bind: no birth date, or under 64 at every generated case start (2024–2026). */
    @Provide
    Arbitrary<MaxDateRule> rulesWithoutAgeCaps() {
        Arbitrary<SickPayScheme> schemes = Arbitraries.of(SickPayScheme.class);
        Arbitrary<LocalDate> births = Arbitraries.integers().between(0, 17_000).map(LocalDate.of(1963, 1, 1)::plusDays);
        return Arbitraries.oneOf(schemes.map(MaxDateRule::of),
                net.jqwik.api.Combinators.combine(schemes, births).as(MaxDateRule::of));
    }

    @Property
    void everyKindComesOnce(@ForAll("cases") CasePeriod c, @ForAll("rules") MaxDateRule rule) {
        assertThat(StatutoryTimeline.of(c, rule)).extracting(Milestone::kind)
                .containsExactlyInAnyOrder(MilestoneKind.values());
    }

    @Property
    void withoutAgeCapsTheMilestonesFollowTheStatutorySequenceStrictly(@ForAll("cases") CasePeriod c,
                                                                        @ForAll("rulesWithoutAgeCaps") MaxDateRule rule) {
        Map<MilestoneKind, LocalDate> due = dueDates(c, rule);
        for (int i = 1; i < STATUTORY_SEQUENCE.size(); i++) {
            MilestoneKind before = STATUTORY_SEQUENCE.get(i - 1);
            MilestoneKind after = STATUTORY_SEQUENCE.get(i);
            assertThat(due.get(before)).as("%s before %s", before, after).isBefore(due.get(after));
        }
    }

    /**
     * With an age cap (60 days from 67, nothing from 70) the max date and the week-39 letter may come early; the
     * fixed statutory dates keep their places regardless, and for anyone under 70 at the case start (the generator's
     * range) the letter never comes after the max date.
     */
    @Property
    void theFixedDatesKeepTheirOrderWhateverTheAge(@ForAll("cases") CasePeriod c, @ForAll("rules") MaxDateRule rule) {
        Map<MilestoneKind, LocalDate> due = dueDates(c, rule);
        LocalDate start = c.start();
        assertThat(due.get(MilestoneKind.EMPLOYER_PERIOD_END)).isEqualTo(start.plusDays(15));
        assertThat(due.get(MilestoneKind.FOLLOW_UP_PLAN)).isEqualTo(start.plusDays(27));
        assertThat(due.get(MilestoneKind.DIALOGUE_MEETING_1)).isEqualTo(start.plusDays(48));
        assertThat(due.get(MilestoneKind.ACTIVITY_REQUIREMENT)).isEqualTo(start.plusDays(55));
        assertThat(due.get(MilestoneKind.DIALOGUE_MEETING_2_CANDIDATE)).isEqualTo(start.plusDays(119));
        assertThat(due.get(MilestoneKind.DIALOGUE_MEETING_2)).isEqualTo(start.plusDays(181));
        assertThat(due.get(MilestoneKind.WEEK_39_LETTER)).isBeforeOrEqualTo(due.get(MilestoneKind.MAX_DATE));
    }

    private static Map<MilestoneKind, LocalDate> dueDates(CasePeriod c, MaxDateRule rule) {
        Map<MilestoneKind, LocalDate> due = new EnumMap<>(MilestoneKind.class);
        StatutoryTimeline.of(c, rule).forEach(m -> due.put(m.kind(), m.dueDate()));
        return due;
    }
}
