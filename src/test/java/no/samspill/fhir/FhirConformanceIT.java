package no.samspill.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.samspill.support.Http;
import no.samspill.support.IntegrationTest;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Conformance: real instances emitted by the server for every resource type it declares (data created through the
 * use cases, then fetched over HTTP) validate against the R4 base with HAPI's FhirInstanceValidator, with no errors.
 */
@IntegrationTest
@Import(FhirTestData.class)
class FhirConformanceIT {

    @LocalServerPort int port;
    @Autowired FhirTestData data;

    @Test
    void everyResourceTheServerEmitsIsValidR4() {
        FhirTestData.Subject subject = data.related();
        Http clinic = new Http(port, "kari.koordinator");
        // Something in the access log about the subject, for AuditEvent.
        assertThat(clinic.get("/fhir/Patient/" + subject.personId()).statusCode()).isEqualTo(200);
        Map<String, HttpResponse<String>> fetched = new LinkedHashMap<>();
        fetched.put("metadata", new Http(port, null).get("/fhir/metadata"));
        CapabilityStatement capability = (CapabilityStatement) FhirTestData.parse(fetched.get("metadata"));
        Set<String> declared = new TreeSet<>();
        for (var resource : capability.getRestFirstRep().getResource()) {
            String type = resource.getType();
            if (type.equals("OperationDefinition")) {
                continue; // HAPI's own, for the definitions of the operations ($export)
            }
            Set<String> interactions = FhirRoutes.interactions(resource);
            if (interactions.isEmpty()) {
                continue; // a type with only an operation (Group: $export) emits no resource of its own
            }
            declared.add(type);
            String id = subject.idFor(type);
            if (interactions.contains("read")) {
                assertThat(id).as("a test id for " + type).isNotNull();
                fetched.put(type + " read", clinic.get("/fhir/" + type + "/" + id));
            }
            if (interactions.contains("search-type")) {
                Http who = type.equals("AuditEvent") ? new Http(port, "sverre.sikkerhet") : clinic;
                fetched.put(type + " search", who.get(FhirRoutes.search(resource, subject)));
            }
        }
        fetched.put("Task milestone read", clinic.get("/fhir/Task/" + FhirMapping.milestoneId(subject.personId(),
                no.samspill.sickleave.MilestoneKind.DIALOGUE_MEETING_1)));

        FhirValidator validator = validator();
        List<String> errors = new ArrayList<>();
        Set<String> emitted = new TreeSet<>();
        fetched.forEach((what, response) -> {
            assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(200);
            IBaseResource resource = FhirTestData.parse(response);
            List<IBaseResource> all = new ArrayList<>(List.of(resource));
            if (resource instanceof Bundle bundle) {
                assertThat(bundle.getEntry()).as(what + " finds the subject's data").isNotEmpty();
                bundle.getEntry().forEach(e -> all.add(e.getResource()));
            }
            for (IBaseResource r : all) {
                emitted.add(r.fhirType());
                for (SingleValidationMessage m : validator.validateWithResult(r).getMessages()) {
                    if (m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()) {
                        errors.add(what + " " + r.fhirType() + " " + m.getLocationString() + ": " + m.getMessage());
                    }
                }
            }
        });
        assertThat(emitted).as("every declared resource type was emitted and validated").containsAll(declared);
        assertThat(errors).isEmpty();
    }

    @Test
    void theCapabilityStatementDeclaresOnlyWhatIsImplemented() {
        CapabilityStatement capability = (CapabilityStatement) FhirTestData.parse(new Http(port, null).get("/fhir/metadata"));
        assertThat(capability.getFhirVersion().toCode()).isEqualTo("4.0.1");
        Map<String, Set<String>> declared = new java.util.TreeMap<>();
        capability.getRestFirstRep().getResource().forEach(r -> declared.put(r.getType(), FhirRoutes.interactions(r)));
        assertThat(declared.keySet()).contains("Patient", "Organization", "Practitioner", "ServiceRequest",
                "EpisodeOfCare", "Task", "Consent", "AuditEvent", "Appointment", "CarePlan", "Questionnaire",
                "QuestionnaireResponse", "Observation");
        declared.forEach((type, interactions) -> assertThat(interactions).as(type)
                .isSubsetOf(switch (type) {
                    case "Consent" -> Set.of("search-type", "create", "update");
                    case "Appointment", "Task" -> Set.of("read", "search-type", "update");
                    case "QuestionnaireResponse", "ServiceRequest" -> Set.of("read", "search-type", "create");
                    default -> Set.of("read", "search-type");
                }));
        assertThat(declared.get("Appointment")).containsExactlyInAnyOrder("read", "search-type", "update");
        assertThat(declared.get("Task")).containsExactlyInAnyOrder("read", "search-type", "update");
        assertThat(declared.get("QuestionnaireResponse")).containsExactlyInAnyOrder("read", "search-type", "create");
        assertThat(declared.get("ServiceRequest")).containsExactlyInAnyOrder("read", "search-type", "create");
        assertThat(declared.get("Observation")).containsExactlyInAnyOrder("read", "search-type");
        assertThat(declared.get("Consent")).containsExactlyInAnyOrder("search-type", "create", "update");
        assertThat(declared.get("AuditEvent")).containsExactly("search-type");
        assertThat(capability.getRestFirstRep().getOperation()).extracting(o -> o.getName())
                .containsExactlyInAnyOrder("export", "export-poll-status", "export-download");
        assertThat(declared.get("Group")).as("Group: only $export, no read or search").isEmpty();
        assertThat(capability.getRestFirstRep().getResource()).filteredOn(r -> r.getType().equals("Group"))
                .singleElement().satisfies(g -> assertThat(g.getOperation()).extracting(o -> o.getName())
                        .containsExactly("export"));
        // Writes only where a use case allows them.
        declared.forEach((type, interactions) -> assertThat(interactions).as(type).doesNotContain("delete"));
    }

    @Test
    void theValidatorDoesReportErrors() {
        // A negative control: a ServiceRequest without status, intent and subject must not pass.
        var messages = validator().validateWithResult(new org.hl7.fhir.r4.model.ServiceRequest()).getMessages();
        assertThat(messages).anyMatch(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal());
    }

    static FhirValidator validator() {
        var ctx = FhirTestData.FHIR;
        var chain = new ValidationSupportChain(new DefaultProfileValidationSupport(ctx),
                new InMemoryTerminologyServerValidationSupport(ctx), new CommonCodeSystemsTerminologyService(ctx));
        return ctx.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }
}
