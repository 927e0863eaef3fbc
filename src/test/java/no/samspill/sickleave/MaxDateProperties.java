package no.samspill.sickleave;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class MaxDateProperties {

    @Provide
    Arbitrary<CasePeriod> cases() {
        return SickLeaveArbitraries.casePeriods();
    }

    @Provide
    Arbitrary<MaxDateRule> rules() {
        return SickLeaveArbitraries.rules();
    }

    @Property
    void maxDateIsNeverBeforeTheCaseStart(@ForAll("cases") CasePeriod c, @ForAll("rules") MaxDateRule rule) {
        assertThat(MaxDate.of(c, rule)).isAfterOrEqualTo(c.start());
    }

    @Property
    void remainingDaysAreNeverNegativeAndNeverGrowAsTodayAdvances(
            @ForAll("cases") CasePeriod c, @ForAll("rules") MaxDateRule rule,
            @ForAll @IntRange(min = -30, max = 800) int offset, @ForAll @IntRange(min = 0, max = 400) int advance) {
        LocalDate today = c.start().plusDays(offset);
        int now = MaxDate.remainingDays(c, rule, today);
        int later = MaxDate.remainingDays(c, rule, today.plusDays(advance));

        assertThat(later).isNotNegative().isLessThanOrEqualTo(now);
        assertThat(now).isLessThanOrEqualTo(rule.scheme().sickPayDays());
    }

    @Property
    void week39LetterComesAtTheFirstDayWithFewerThan91DaysLeft(
            @ForAll("cases") CasePeriod c, @ForAll("rules") MaxDateRule rule) {
        LocalDate letter = MaxDate.week39LetterDate(c, rule);

        assertThat(letter).isBetween(c.start(), MaxDate.of(c, rule));
        assertThat(MaxDate.remainingDays(c, rule, letter)).isLessThan(91);
        if (letter.isAfter(c.start())) {
            assertThat(MaxDate.remainingDays(c, rule, letter.minusDays(1))).isGreaterThanOrEqualTo(91);
        }
    }
}
