package no.samspill.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import no.samspill.audit.AuditEntry;
import no.samspill.audit.LoggedAccess;
import org.hl7.fhir.r4.model.AuditEvent;
import org.junit.jupiter.api.Test;

/** The FHIR AuditEvent carries the basis of the decision as the agent's role, and its consent as the agent's policy. */
class AuditEventMappingTest {

    @Test
    void theBasisAndTheConsentAreOnTheAgent() {
        UUID consent = UUID.randomUUID();
        AuditEvent event = FhirMapping.auditEvent(new LoggedAccess(42, entry("NEAREST_LEADER", consent)));
        AuditEvent.AuditEventAgentComponent agent = event.getAgentFirstRep();
        assertThat(agent.getRoleFirstRep().getCodingFirstRep().getSystem()).isEqualTo(FhirMapping.ACCESS_BASIS_SYSTEM);
        assertThat(agent.getRoleFirstRep().getCodingFirstRep().getCode()).isEqualTo("NEAREST_LEADER");
        assertThat(agent.getPolicy()).extracting(p -> p.getValue()).containsExactly("urn:uuid:" + consent);
    }

    @Test
    void anEntryWithoutABasisHasNoRoleOrPolicy() {
        AuditEvent.AuditEventAgentComponent agent = FhirMapping.auditEvent(new LoggedAccess(43, entry(null, null)))
                .getAgentFirstRep();
        assertThat(agent.getRole()).isEmpty();
        assertThat(agent.getPolicy()).isEmpty();
    }

    private static AuditEntry entry(String basis, UUID consentId) {
        return new AuditEntry(Instant.parse("2026-11-24T08:00:00Z"), "lars.leder", "Lars Leder", "Nærmeste leder",
                "994000020", "Fjordbakst AS", UUID.randomUUID(), "Plan", null, "WORK_FUNCTION", AuditEntry.Action.READ,
                "FOLLOW_UP", consentId, true, "test", basis);
    }
}
