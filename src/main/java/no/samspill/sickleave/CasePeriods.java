package no.samspill.sickleave;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Groups sick-leave periods into case periods (oppfølgingstilfeller).
 */
public final class CasePeriods {

    /**
     * NAV's 16-day rule (navikt/isoppfolgingstilfelle, OppfolgingstilfelleDag.toOppfolgingstilfelleList:
     * a case ends once the counter of days without sick leave reaches 16). Here: the gap is the number of
     * full calendar days strictly between the last sick day so far and the next period's first day.
     * A gap of 16 or more days starts a new case; a gap of 0–15 days, or an overlap, joins the same case.
     * Example: leave ends 1 Jan; next starts 17 Jan → gap 15 (2–16 Jan) → same case; starts 18 Jan → gap 16 → new case.
     */
    static final int DAYS_WITHOUT_LEAVE_FOR_NEW_CASE = 16;

    private CasePeriods() {
    }

    /** All case periods, sorted by start; they never overlap. Empty input gives an empty list. */
    public static List<CasePeriod> of(Collection<SickLeavePeriod> periods) {
        List<SickLeavePeriod> sorted = periods.stream()
                .sorted(Comparator.comparing(SickLeavePeriod::from).thenComparing(SickLeavePeriod::to))
                .toList();
        List<CasePeriod> cases = new ArrayList<>();
        List<SickLeavePeriod> current = new ArrayList<>();
        LocalDate currentEnd = null;
        for (SickLeavePeriod period : sorted) {
            if (currentEnd != null && gapInDays(currentEnd, period.from()) >= DAYS_WITHOUT_LEAVE_FOR_NEW_CASE) {
                cases.add(new CasePeriod(current.get(0).from(), currentEnd, current));
                current = new ArrayList<>();
                currentEnd = null;
            }
            current.add(period);
            currentEnd = currentEnd == null || period.to().isAfter(currentEnd) ? period.to() : currentEnd;
        }
        if (!current.isEmpty()) {
            cases.add(new CasePeriod(current.get(0).from(), currentEnd, current));
        }
        return List.copyOf(cases);
    }

    /** The most recent case period, if there is any sick leave at all. */
    public static Optional<CasePeriod> latest(Collection<SickLeavePeriod> periods) {
        List<CasePeriod> cases = of(periods);
        return cases.isEmpty() ? Optional.empty() : Optional.of(cases.get(cases.size() - 1));
    }

    /** Full calendar days strictly between two dates; negative when the next period overlaps. */
    static long gapInDays(LocalDate lastSickDay, LocalDate nextFirstSickDay) {
        return ChronoUnit.DAYS.between(lastSickDay, nextFirstSickDay) - 1;
    }
}
