package no.samspill.sickleave;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The early window: weeks 9–13 of the case (about 2–3 months after the first sick day), both ends inclusive.
 *
 * <p>The chance of helping a person back to work drops sharply after 2–3 months (HelseIArbeid concept report,
 * 2016; ../shared/domain/sick-leave.md "Why early matters"). The window opens the day after the week-8
 * activity requirement (case start + 8 weeks) and closes at the end of week 13 (case start + 13 weeks − 1 day,
 * day 91 ≈ 3 months), using the same week convention as {@link StatutoryTimeline}.
 */
public record EarlyWindow(LocalDate from, LocalDate to) {

    public EarlyWindow {
        Objects.requireNonNull(from, "Fra-dato mangler");
        Objects.requireNonNull(to, "Til-dato mangler");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Til-dato kan ikke være før fra-dato");
        }
    }

    public static EarlyWindow of(CasePeriod casePeriod) {
        return forCaseStart(casePeriod.start());
    }

    public static EarlyWindow forCaseStart(LocalDate caseStart) {
        return new EarlyWindow(caseStart.plusWeeks(8), StatutoryTimeline.endOfWeek(caseStart, 13));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
