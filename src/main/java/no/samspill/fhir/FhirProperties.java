package no.samspill.fhir;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param strictSearch reject unknown search parameters with 400 (HAPI's {@code Prefer: handling=strict}) unless the
 *                     client asks for {@code Prefer: handling=lenient}; when false, unknown parameters are ignored
 *                     unless the client asks for strict handling
 */
@ConfigurationProperties("samspill.fhir")
record FhirProperties(Boolean strictSearch) {

    boolean strict() {
        return strictSearch == null || strictSearch;
    }
}
