package no.samspill.programme;

/** Health personnel who contribute to the sessions (e.g. a physiotherapist from the clinic). */
public record HealthContributor(String name, String profession, String organisation) {
}
