package no.samspill.fhir;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param strictSearch    reject unknown search parameters with 400 (HAPI's {@code Prefer: handling=strict}) unless the
 *                        client asks for {@code Prefer: handling=lenient}; when false, unknown parameters are ignored
 *                        unless the client asks for strict handling
 * @param exportDirectory where {@code $export} writes its NDJSON files (default: {@code samspill-fhir-export} in the
 *                        temporary directory); one folder per job, removed when the job is cancelled or deleted
 */
@ConfigurationProperties("samspill.fhir")
record FhirProperties(Boolean strictSearch, String exportDirectory) {

    boolean strict() {
        return strictSearch == null || strictSearch;
    }

    Path exportPath() {
        return exportDirectory == null || exportDirectory.isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"), "samspill-fhir-export") : Path.of(exportDirectory);
    }
}
