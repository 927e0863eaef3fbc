package no.samspill.programme;

import java.time.LocalDate;
import java.util.UUID;

/** A group of workplaces that go through the programme in the same period, e.g. "Troms høsten 2026". */
public record Cohort(UUID id, String name, String region, LocalDate startsOn, int version) {
}
