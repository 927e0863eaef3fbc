package no.samspill.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import no.samspill.audit.AuditEntry;
import org.junit.jupiter.params.ParameterizedTest;
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
                AuditEntry.Action.READ, "FOLLOW_UP", null, true, "test");
    }
}
