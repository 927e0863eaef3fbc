package no.samspill.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;

/** Writes a FHIR OperationOutcome from the security filters, before the FHIR server runs (no HAPI types here). */
final class FhirOutcomes {

    private FhirOutcomes() {
    }

    /** @param code an issue type from http://hl7.org/fhir/issue-type (e.g. login, forbidden); text without quotes */
    static void write(HttpServletResponse response, HttpStatus status, String code, String text) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/fhir+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\""
                + code + "\",\"diagnostics\":\"" + text + "\"}]}");
    }
}
