package no.samspill.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditHashTest {

    private static final UUID PERSON = UUID.fromString("0b1e5a7c-1d2e-4f30-8a9b-0c1d2e3f4a5b");

    private static AuditEntry entry(String displayName, String organisationName) {
        return new AuditEntry(Instant.parse("2026-11-25T10:00:00Z"), "kari.koordinator", displayName, "Koordinator",
                "974000008", organisationName, PERSON, "Pathway", null, "ADMIN", AuditEntry.Action.READ, "FOLLOW_UP",
                null, true, "test", List.of());
    }

    @Test
    void theCurrentVersionCoversTheNamesThePatientSees() {
        String hash = AuditHash.of(AuditHash.GENESIS, 7, entry("Kari Koordinator", "Nordklinikken"));
        assertThat(AuditHash.of(AuditHash.GENESIS, 7, entry("Noen Andre", "Nordklinikken"))).isNotEqualTo(hash);
        assertThat(AuditHash.of(AuditHash.GENESIS, 7, entry("Kari Koordinator", "Annen klinikk"))).isNotEqualTo(hash);
        assertThat(AuditHash.of(AuditHash.CURRENT_VERSION, AuditHash.GENESIS, 7, entry("Kari Koordinator", "Nordklinikken")))
                .isEqualTo(hash);
    }

    @Test
    void versionOneIgnoresTheNamesAndAVersionTwoEntryCannotPassAsVersionOne() {
        String v1 = AuditHash.of(1, AuditHash.GENESIS, 7, entry("Kari Koordinator", "Nordklinikken"));
        assertThat(AuditHash.of(1, AuditHash.GENESIS, 7, entry("Noen Andre", "Annen klinikk"))).isEqualTo(v1);
        assertThat(AuditHash.of(2, AuditHash.GENESIS, 7, entry("Kari Koordinator", "Nordklinikken"))).isNotEqualTo(v1);
        assertThatThrownBy(() -> AuditHash.of(3, AuditHash.GENESIS, 7, entry("a", "b")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
