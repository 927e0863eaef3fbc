package no.samspill.sickleave;

import java.time.LocalDate;
import java.util.List;

/** Test data with sensible defaults: full (100 %) leave unless a grade is given. */
final class SickLeaveFixtures {

    /** A Monday, used as the default case start in worked examples. */
    static final LocalDate MONDAY_2026_01_05 = LocalDate.of(2026, 1, 5);

    private SickLeaveFixtures() {
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static SickLeavePeriod leave(String from, String to) {
        return SickLeavePeriod.full(date(from), date(to));
    }

    static SickLeavePeriod graded(String from, String to, int grade) {
        return new SickLeavePeriod(date(from), date(to), grade);
    }

    static CasePeriod caseOf(SickLeavePeriod... periods) {
        List<CasePeriod> cases = CasePeriods.of(List.of(periods));
        if (cases.size() != 1) {
            throw new IllegalArgumentException("Expected one case period, got " + cases.size());
        }
        return cases.get(0);
    }

    /** Full leave from Monday 2026-01-05 through 2026-03-31; the max date forecast assumes it continues. */
    static CasePeriod caseStartingMonday20260105() {
        return caseOf(leave("2026-01-05", "2026-03-31"));
    }
}
