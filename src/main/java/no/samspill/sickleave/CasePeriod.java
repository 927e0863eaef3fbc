package no.samspill.sickleave;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One case period (oppfølgingstilfelle): the sick-leave periods that NAV's 16-day rule joins into one case.
 * Built by {@link CasePeriods}; all statutory weeks count from {@link #start()}.
 */
public record CasePeriod(LocalDate start, LocalDate end, List<SickLeavePeriod> periods) {

    public CasePeriod {
        Objects.requireNonNull(start, "Startdato mangler");
        Objects.requireNonNull(end, "Sluttdato mangler");
        if (periods == null || periods.isEmpty()) {
            throw new IllegalArgumentException("Et oppfølgingstilfelle må ha minst én sykmeldingsperiode");
        }
        periods = periods.stream().sorted(Comparator.comparing(SickLeavePeriod::from)).toList();
        LocalDate first = periods.get(0).from();
        LocalDate last = periods.stream().map(SickLeavePeriod::to).max(Comparator.naturalOrder()).orElseThrow();
        if (!start.equals(first) || !end.equals(last)) {
            throw new IllegalArgumentException("Start- og sluttdato må stemme med sykmeldingsperiodene");
        }
    }

    /** True when the day lies inside a registered sick leave of this case (any grade). */
    public boolean isSickDay(LocalDate day) {
        return periods.stream().anyMatch(p -> p.covers(day));
    }

    /**
     * The sick-leave grade on a day: the highest grade of the periods covering it (overlapping periods add up to no
     * more than the fullest), or empty when no registered period covers the day.
     */
    public OptionalInt gradeOn(LocalDate day) {
        return periods.stream().filter(p -> p.covers(day)).mapToInt(SickLeavePeriod::gradePercent).max();
    }

    /**
     * True when the person is fully (100 %) sick-listed on at least one day from the case start through this day, by
     * the registered leave (the grade of a day is the fullest period covering it, see {@link #gradeOn}).
     */
    public boolean fullyOffBy(LocalDate day) {
        return periods.stream().anyMatch(p -> !p.isGraded() && !p.from().isAfter(day));
    }

    /** Calendar days covered by sick leave; overlaps count once, gaps do not count, graded leave counts fully. */
    public int sickDays() {
        return coveredIntervals().stream().mapToInt(SickLeavePeriod::days).sum();
    }

    /** The registered leave as disjoint, sorted intervals (overlapping or adjacent periods merged). */
    List<SickLeavePeriod> coveredIntervals() {
        List<SickLeavePeriod> merged = new ArrayList<>();
        for (SickLeavePeriod p : periods) {
            if (!merged.isEmpty() && !p.from().isAfter(merged.get(merged.size() - 1).to().plusDays(1))) {
                SickLeavePeriod previous = merged.remove(merged.size() - 1);
                LocalDate to = p.to().isAfter(previous.to()) ? p.to() : previous.to();
                merged.add(SickLeavePeriod.full(previous.from(), to));
            } else {
                merged.add(SickLeavePeriod.full(p.from(), p.to()));
            }
        }
        return merged;
    }
}
