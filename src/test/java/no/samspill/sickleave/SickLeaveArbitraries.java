package no.samspill.sickleave;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators for sick leave. */
final class SickLeaveArbitraries {

    static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);

    private SickLeaveArbitraries() {
    }

    static Arbitrary<LocalDate> days(int fromEpoch, int toEpoch) {
        return Arbitraries.integers().between(fromEpoch, toEpoch).map(EPOCH::plusDays);
    }

    static Arbitrary<SickLeavePeriod> periods() {
        return Combinators.combine(
                        days(0, 730),
                        Arbitraries.integers().between(0, 120),
                        Arbitraries.integers().between(1, 100))
                .as((from, length, grade) -> new SickLeavePeriod(from, from.plusDays(length), grade));
    }

    static Arbitrary<List<SickLeavePeriod>> leaveHistories() {
        return periods().list().ofMinSize(1).ofMaxSize(8);
    }

    static Arbitrary<CasePeriod> casePeriods() {
        return leaveHistories().map(CasePeriods::of).flatMap(Arbitraries::of);
    }

    /** Rules for people under 70 at every generated case start (or with no birth date). */
    static Arbitrary<MaxDateRule> rules() {
        Arbitrary<SickPayScheme> schemes = Arbitraries.of(SickPayScheme.class);
        // Born 1957-01-01 .. 2010-01-01: between 14 and 69 at every generated case start (2024–2025).
        Arbitrary<LocalDate> birthDates = Arbitraries.integers().between(0, 19_357)
                .map(LocalDate.of(1957, 1, 1)::plusDays);
        return Arbitraries.oneOf(
                schemes.map(MaxDateRule::of),
                Combinators.combine(schemes, birthDates).as(MaxDateRule::of));
    }
}
