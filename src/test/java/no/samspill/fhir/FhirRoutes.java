package no.samspill.fhir;

import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;

/** Requests derived from the server's own CapabilityStatement, so new resource types are covered automatically. */
final class FhirRoutes {

    private FhirRoutes() {
    }

    static Set<String> interactions(CapabilityStatementRestResourceComponent resource) {
        return resource.getInteraction().stream().map(i -> i.getCode().toCode()).collect(Collectors.toSet());
    }

    /** A search for the subject: by patient where declared, else by identifier, else without parameters. */
    static String search(CapabilityStatementRestResourceComponent resource, FhirTestData.Subject subject) {
        String type = resource.getType();
        Set<String> params = resource.getSearchParam().stream().map(p -> p.getName()).collect(Collectors.toSet());
        if (params.contains("patient")) {
            return "/fhir/" + type + "?patient=Patient/" + subject.personId();
        }
        if (params.contains("identifier") && subject.idFor(type) != null && !type.equals("Patient")) {
            return "/fhir/" + type + "?identifier=" + subject.idFor(type);
        }
        return "/fhir/" + type;
    }
}
