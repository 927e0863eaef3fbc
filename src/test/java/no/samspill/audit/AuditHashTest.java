package no.samspill.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditHashTest {

    private static final String V2_BEFORE_V119 = "43654662750aaa039ece6a9818d5cb7168378974f495023047a74ad04082e766";
    private static final String V1_BEFORE_V119 = "c8701ed1bb41b37358ab3eb080c17a532cac00a0b7a5f779feddb0659f0542c7";

    private static final UUID PERSON = UUID.fromString("0b1e5a7c-1d2e-4f30-8a9b-0c1d2e3f4a5b");

    private static AuditEntry entry(String displayName, String organisationName) {
        return entry(displayName, organisationName, null);
    }

    private static AuditEntry entry(String displayName, String organisationName, String basis) {
        return new AuditEntry(Instant.parse("2026-11-25T10:00:00Z"), "kari.koordinator", displayName, "Koordinator",
                "974000008", organisationName, PERSON, "Pathway", null, "ADMIN", AuditEntry.Action.READ, "FOLLOW_UP",
                null, true, "test", basis, List.of());
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
        assertThatThrownBy(() -> AuditHash.of(4, AuditHash.GENESIS, 7, entry("a", "b")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCurrentVersionIsThreeAndCoversTheBasis() {
        assertThat(AuditHash.CURRENT_VERSION).isEqualTo(3);
        String hash = AuditHash.of(AuditHash.GENESIS, 7, entry("Kari Koordinator", "Nordklinikken", "CLINIC_PATHWAY"));
        assertThat(AuditHash.of(AuditHash.GENESIS, 7, entry("Kari Koordinator", "Nordklinikken", "NEAREST_LEADER")))
                .isNotEqualTo(hash);
        assertThat(AuditHash.of(AuditHash.GENESIS, 7, entry("Kari Koordinator", "Nordklinikken", null)))
                .isNotEqualTo(hash);
        assertThat(AuditHash.of(3, AuditHash.GENESIS, 7, entry("Noen Andre", "Nordklinikken", "CLINIC_PATHWAY")))
                .as("version 3 still covers the names").isNotEqualTo(hash);
    }

    @Test
    void aVersionThreeEntryCannotPassAsAnOlderVersion() {
        AuditEntry withoutBasis = entry("Kari Koordinator", "Nordklinikken", null);
        String v3 = AuditHash.of(3, AuditHash.GENESIS, 7, withoutBasis);
        assertThat(AuditHash.of(2, AuditHash.GENESIS, 7, withoutBasis)).isNotEqualTo(v3);
        assertThat(AuditHash.of(1, AuditHash.GENESIS, 7, withoutBasis)).isNotEqualTo(v3);
        // Older versions predate the basis: an entry of theirs that carries one has been changed, and has no hash.
        AuditEntry withBasis = entry("Kari Koordinator", "Nordklinikken", "NEAREST_LEADER");
        assertThatThrownBy(() -> AuditHash.of(2, AuditHash.GENESIS, 7, withBasis))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditHash.of(1, AuditHash.GENESIS, 7, withBasis))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void olderVersionsHashAsBefore() {
        // Fixed values computed under V118 (before version 3): old entries must keep verifying.
        AuditEntry e = entry("Kari Koordinator", "Nordklinikken");
        assertThat(AuditHash.of(2, AuditHash.GENESIS, 7, e)).isEqualTo(V2_BEFORE_V119);
        assertThat(AuditHash.of(1, AuditHash.GENESIS, 7, e)).isEqualTo(V1_BEFORE_V119);
    }
}
