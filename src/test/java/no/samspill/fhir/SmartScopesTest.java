package no.samspill.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import no.samspill.fhir.SmartScopes.Interaction;
import org.junit.jupiter.api.Test;

class SmartScopesTest {

    @Test
    void v1ScopesReadAndWrite() {
        assertThat(SmartScopes.allows(Set.of("openid", "user/*.read"), false, "Patient", Interaction.READ)).isTrue();
        assertThat(SmartScopes.allows(Set.of("user/*.read"), false, "Patient", Interaction.SEARCH)).isTrue();
        assertThat(SmartScopes.allows(Set.of("user/*.read"), false, "Consent", Interaction.CREATE)).isFalse();
        assertThat(SmartScopes.allows(Set.of("user/Consent.write"), false, "Consent", Interaction.UPDATE)).isTrue();
        assertThat(SmartScopes.allows(Set.of("user/Patient.read"), false, "ServiceRequest", Interaction.READ)).isFalse();
        assertThat(SmartScopes.allows(Set.of("user/*.*"), false, "Task", Interaction.DELETE)).isTrue();
    }

    @Test
    void v2Letters() {
        assertThat(SmartScopes.allows(Set.of("user/Patient.rs"), false, "Patient", Interaction.SEARCH)).isTrue();
        assertThat(SmartScopes.allows(Set.of("user/Patient.rs"), false, "Patient", Interaction.UPDATE)).isFalse();
        assertThat(SmartScopes.allows(Set.of("user/*.cruds"), false, "Consent", Interaction.CREATE)).isTrue();
        assertThat(SmartScopes.allows(Set.of("user/*.sr"), false, "Patient", Interaction.READ)).isFalse();
    }

    @Test
    void patientScopesOnlyForPatientsAndNoSystemScopesYet() {
        assertThat(SmartScopes.allows(Set.of("patient/*.read"), true, "Task", Interaction.READ)).isTrue();
        assertThat(SmartScopes.allows(Set.of("patient/*.read"), false, "Task", Interaction.READ)).isFalse();
        assertThat(SmartScopes.allows(Set.of("system/*.read"), false, "Task", Interaction.READ)).isFalse();
        assertThat(SmartScopes.allows(Set.of(), false, "Task", Interaction.READ)).isFalse();
        assertThat(SmartScopes.allows(Set.of("user/*.bogus", "openid", "fhirUser"), false, "Task", Interaction.READ))
                .isFalse();
    }
}
