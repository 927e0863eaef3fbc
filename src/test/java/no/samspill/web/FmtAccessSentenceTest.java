package no.samspill.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.Arrays;
import no.samspill.access.AccessBasis;
import no.samspill.audit.AuditEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The patient's access log speaks Norwegian for every kind of record the application logs, never a type name. */
class FmtAccessSentenceTest {

    private final Fmt fmt = new Fmt();

    @ParameterizedTest
    @ValueSource(strings = {"Patient", "Employment", "Referral", "TriageDecision", "SickLeave", "SickLeavePeriod",
            "Milestone", "Pathway", "Task", "History", "Consent", "Team", "AccessLog", "TrialAllocation",
            "TrialEnrolment", "Meeting", "MeetingReply", "Minutes", "MinutesClinicalNote", "MinutesCorrection", "Plan",
            "PlanAcknowledgement", "Assessment", "GpSummary", "WorkStatus", "OwnTask", "QuestionnaireAssignment",
            "QuestionnaireRound", "QuestionnaireLink", "QuestionnaireResponse", "Observation", "BulkExport"})
    void everyLoggedKindOfRecordReadsAsPlainNorwegian(String resourceType) {
        String sentence = fmt.accessSentence(entry(resourceType, "ADMIN"));
        assertThat(sentence).doesNotContain(resourceType).startsWith(AuditEntry.Action.READ.verb() + " ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HEALTH", "WORK_FUNCTION"})
    void theCategoryIsNamedForHealthAndWorkFunction(String category) {
        assertThat(fmt.accessSentence(entry("Plan", category)))
                .endsWith(category.equals("HEALTH") ? "(helseopplysninger)" : "(arbeidsevne og tilrettelegging)");
    }

    private static AuditEntry entry(String resourceType, String category) {
        return new AuditEntry(Instant.parse("2026-11-25T10:00:00Z"), "kari.koordinator", "Kari Koordinator",
                "Koordinator", "974000008", "Klinikk", UUID.randomUUID(), resourceType, null, category,
                AuditEntry.Action.READ, "FOLLOW_UP", null, true, "test", null);
    }

    @ParameterizedTest
    @EnumSource(AccessBasis.class)
    void everyBasisThePolicyRecordsHasAPlainNorwegianPhraseAndLabel(AccessBasis basis) {
        assertThat(basis.phrase()).isNotBlank().doesNotContain(basis.name()).matches("^(som|med|til|gjennom|av) .*");
        assertThat(basis.label()).isNotBlank().doesNotContain("_");
        assertThat(Arrays.stream(AccessBasis.values()).filter(b -> b != basis).map(AccessBasis::phrase))
                .as("each phrase tells the capacities apart").doesNotContain(basis.phrase());
        AuditEntry e = entry("Plan", "WORK_FUNCTION", basis.name(), null);
        assertThat(fmt.accessSentence(e)).endsWith("(arbeidsevne og tilrettelegging) " + basis.phrase());
        assertThat(fmt.basis(e)).isEqualTo(basis.label());
    }

    @Test
    void theAccessSentenceSaysInWhatCapacityAndWhenAConsentWasTheBasis() {
        assertThat(fmt.accessSentence(entry("Plan", "WORK_FUNCTION", "NEAREST_LEADER", UUID.randomUUID())))
                .isEqualTo("så oppfølgingsplanen (arbeidsevne og tilrettelegging) som nærmeste leder, med ditt samtykke");
        assertThat(fmt.accessSentence(entry("Referral", "HEALTH", "CLINIC_PATHWAY", null)))
                .isEqualTo("så henvisningen (helseopplysninger) som behandler ved klinikken som har forløpet ditt");
        assertThat(fmt.accessSentence(entry("Plan", "WORK_FUNCTION", "NAV_FOLLOW_UP", null)))
                .endsWith(" som NAV-veileder");
        // Entries written before the basis was recorded read as before.
        assertThat(fmt.accessSentence(entry("Referral", "HEALTH", null, null))).isEqualTo("så henvisningen (helseopplysninger)");
        UUID consent = UUID.randomUUID();
        assertThat(fmt.basis(entry("Plan", "WORK_FUNCTION", "NEAREST_LEADER", consent)))
                .isEqualTo("Nærmeste leder, samtykke " + consent);
        assertThat(fmt.basis(entry("Plan", "WORK_FUNCTION", null, null))).isEqualTo("Ingen relasjon registrert");
    }

    private static AuditEntry entry(String resourceType, String category, String basis, UUID consentId) {
        return new AuditEntry(Instant.parse("2026-11-25T10:00:00Z"), "lars.leder", "Lars Leder", "Nærmeste leder",
                "994000020", "Byggmester AS", UUID.randomUUID(), resourceType, null, category, AuditEntry.Action.READ,
                "FOLLOW_UP", consentId, true, "test", basis);
    }
}
