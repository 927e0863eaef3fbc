package no.samspill.support;

import java.time.LocalDate;

/** The frozen "now" of integration tests: Tuesday 24 November 2026, 09:00 in Oslo. */
public final class TestClock {

    public static final String NOW_TEXT = "2026-11-24T08:00:00Z";
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private TestClock() {
    }
}
