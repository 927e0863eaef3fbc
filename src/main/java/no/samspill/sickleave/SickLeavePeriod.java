package no.samspill.sickleave;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One registered sick leave: both dates inclusive, graded 1–100 %.
 */
public record SickLeavePeriod(LocalDate from, LocalDate to, int gradePercent) {

    public SickLeavePeriod {
        Objects.requireNonNull(from, "Fra-dato mangler");
        Objects.requireNonNull(to, "Til-dato mangler");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Til-dato kan ikke være før fra-dato");
        }
        if (gradePercent < 1 || gradePercent > 100) {
            throw new IllegalArgumentException("Sykmeldingsgrad må være mellom 1 og 100");
        }
    }

    /** A full (100 %) sick leave. */
    public static SickLeavePeriod full(LocalDate from, LocalDate to) {
        return new SickLeavePeriod(from, to, 100);
    }

    public boolean isGraded() {
        return gradePercent < 100;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Calendar days in the period, both ends included. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }
}
