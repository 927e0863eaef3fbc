package no.samspill.access;

import static no.samspill.access.InformationCategory.ADMIN;
import static no.samspill.access.InformationCategory.HEALTH;
import static no.samspill.access.InformationCategory.WORK_FUNCTION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sharing rules of access.md, party by party. */
class AccessPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final UUID PERSON = UUID.randomUUID();

    static final Viewer LEADER = new Viewer("lars", "Lars", "Nærmeste leder", Party.EMPLOYER, "994000020", null, null, null);
    static final Viewer OTHER_LEADER = new Viewer("eva", "Eva", "Nærmeste leder", Party.EMPLOYER, "994000020", null, null, null);
    static final Viewer NAV = new Viewer("nils", "Nils", "NAV-veileder", Party.NAV, "974000024", null, null, null);
    static final Viewer GP = new Viewer("gunnar", "Gunnar", "Fastlege", Party.GP, "994000152", null, "565500001", null);
    static final Viewer CLINIC = new Viewer("kari", "Kari", "Koordinator", Party.CLINIC, "974000008", null, null, null);
    static final Viewer OTHER_CLINIC = new Viewer("per", "Per", "Koordinator", Party.CLINIC, "974000016", null, null, null);
    static final Viewer PATIENT = new Viewer("pia", "Pia", "Pasient", Party.PATIENT, null, null, null, "12858810262");
    static final Viewer ANALYST = new Viewer("anna", "Anna", "Analytiker", Party.ANALYST, "974000008", null, null, null);

    static final List<Relationship> RELATIONSHIPS = List.of(
            rel(Party.EMPLOYER, "994000020", "lars"), rel(Party.NAV, "974000024", null), rel(Party.GP, null, "565500001"),
            rel(Party.CLINIC, "974000008", null), rel(Party.PATIENT, null, "12858810262"));

    @Test
    void theEmployerNeverGetsHealthDataEvenWithConsent() {
        List<Consent> consents = List.of(consent(Party.EMPLOYER, "994000020", HEALTH), consent(Party.EMPLOYER, null, HEALTH));
        AccessDecision decision = decide(LEADER, consents, HEALTH);
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.related()).isTrue();
        assertThat(decision.reason()).contains("aldri");
    }

    @Test
    void theEmployerGetsWorkFunctionOnlyWithConsentAndAdminForTheirOwnEmployee() {
        assertThat(decide(LEADER, List.of(), WORK_FUNCTION).allowed()).isFalse();
        Consent consent = consent(Party.EMPLOYER, "994000020", WORK_FUNCTION);
        AccessDecision withConsent = decide(LEADER, List.of(consent), WORK_FUNCTION);
        assertThat(withConsent.allowed()).isTrue();
        assertThat(withConsent.consentId()).isEqualTo(consent.id());
        assertThat(decide(LEADER, List.of(), ADMIN).allowed()).isTrue();
    }

    @Test
    void onlyTheNearestLeaderNamedOnTheEmploymentIsRelated() {
        AccessDecision decision = decide(OTHER_LEADER, List.of(), ADMIN);
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.related()).isFalse();
    }

    @Test
    void aWithdrawnOrExpiredConsentNoLongerCounts() {
        Consent withdrawn = new Consent(UUID.randomUUID(), PERSON, Party.EMPLOYER, null, WORK_FUNCTION, Purpose.FOLLOW_UP,
                TODAY.minusDays(10), null, "pia", Consent.GivenHow.SELF, Instant.EPOCH, Instant.now(), "pia");
        Consent expired = new Consent(UUID.randomUUID(), PERSON, Party.EMPLOYER, null, WORK_FUNCTION, Purpose.FOLLOW_UP,
                TODAY.minusDays(10), TODAY.minusDays(1), "pia", Consent.GivenHow.SELF, Instant.EPOCH, null, null);
        assertThat(decide(LEADER, List.of(withdrawn, expired), WORK_FUNCTION).allowed()).isFalse();
    }

    @Test
    void aConsentWithAnEndDateCountsThroughThatDayAndNotAfter() {
        LocalDate until = TODAY.plusDays(14);
        Consent consent = new Consent(UUID.randomUUID(), PERSON, Party.EMPLOYER, null, WORK_FUNCTION, Purpose.FOLLOW_UP,
                TODAY, until, "pia", Consent.GivenHow.SELF, Instant.EPOCH, null, null);
        for (LocalDate day : List.of(TODAY, until.minusDays(1), until)) {
            AccessDecision d = AccessPolicy.decide(LEADER, RELATIONSHIPS, List.of(consent), WORK_FUNCTION,
                    Purpose.FOLLOW_UP, false, day);
            assertThat(d.allowed()).as("on %s", day).isTrue();
            assertThat(d.consentId()).isEqualTo(consent.id());
        }
        for (LocalDate day : List.of(until.plusDays(1), until.plusMonths(3))) {
            AccessDecision d = AccessPolicy.decide(LEADER, RELATIONSHIPS, List.of(consent), WORK_FUNCTION,
                    Purpose.FOLLOW_UP, false, day);
            assertThat(d.allowed()).as("on %s", day).isFalse();
            assertThat(d.consentId()).isNull();
        }
        assertThat(AccessPolicy.decide(NAV, RELATIONSHIPS, List.of(new Consent(UUID.randomUUID(), PERSON, Party.NAV,
                null, HEALTH, Purpose.FOLLOW_UP, TODAY, until, "pia", Consent.GivenHow.SELF, Instant.EPOCH, null, null)),
                HEALTH, Purpose.FOLLOW_UP, false, until.plusDays(1)).allowed()).isFalse();
    }

    @Test
    void everyDecisionNamesTheRelationshipItRestsOn() {
        Consent consent = consent(Party.EMPLOYER, null, WORK_FUNCTION);
        assertThat(decide(LEADER, List.of(consent), WORK_FUNCTION).basis()).isEqualTo(AccessBasis.NEAREST_LEADER);
        AccessDecision health = decide(LEADER, List.of(), HEALTH);
        assertThat(health.allowed()).isFalse();
        assertThat(health.basis()).as("a denial to a related party names the relationship").isEqualTo(AccessBasis.NEAREST_LEADER);
        assertThat(decide(NAV, List.of(), WORK_FUNCTION).basis()).isEqualTo(AccessBasis.NAV_FOLLOW_UP);
        assertThat(decide(GP, List.of(), ADMIN).basis()).isEqualTo(AccessBasis.REFERRING_GP);
        assertThat(decide(CLINIC, List.of(), HEALTH).basis()).isEqualTo(AccessBasis.CLINIC_PATHWAY);
        assertThat(decide(PATIENT, List.of(), HEALTH).basis()).isEqualTo(AccessBasis.OWN_DATA);
        assertThat(decide(OTHER_LEADER, List.of(), ADMIN).basis()).as("no relationship, no basis").isNull();
        assertThat(AccessPolicy.decide(OTHER_CLINIC, RELATIONSHIPS, List.of(), ADMIN, Purpose.FOLLOW_UP, false,
                "974000008", TODAY).basis()).isNull();
        assertThat(AccessPolicy.decideWrite(CLINIC, RELATIONSHIPS, HEALTH, "Referral", "974000008", TODAY).basis())
                .isEqualTo(AccessBasis.CLINIC_PATHWAY);
        assertThat(AccessPolicy.decideDeidentifiedExport(ANALYST).basis()).isEqualTo(AccessBasis.STATISTICS);
    }

    @Test
    void navGetsWorkFunctionAndHealthOnlyWithConsent() {
        assertThat(decide(NAV, List.of(), WORK_FUNCTION).allowed()).isTrue();
        assertThat(decide(NAV, List.of(), HEALTH).allowed()).isFalse();
        assertThat(decide(NAV, List.of(consent(Party.NAV, "974000024", HEALTH)), HEALTH).allowed()).isTrue();
        // A consent to another NAV office does not cover this one.
        assertThat(decide(NAV, List.of(consent(Party.NAV, "974000999", HEALTH)), HEALTH).allowed()).isFalse();
    }

    @Test
    void theGpSeesHealthDataOnlyAsASummary() {
        assertThat(decide(GP, List.of(), HEALTH).allowed()).isFalse();
        assertThat(AccessPolicy.decide(GP, RELATIONSHIPS, List.of(), HEALTH, Purpose.FOLLOW_UP, true, TODAY).allowed())
                .isTrue();
        assertThat(decide(GP, List.of(), WORK_FUNCTION).allowed()).isTrue();
    }

    @Test
    void theClinicSeesEverythingOnItsOwnPathwaysAndNothingOnOthers() {
        for (InformationCategory c : InformationCategory.values()) {
            assertThat(decide(CLINIC, List.of(), c).allowed()).isTrue();
            AccessDecision other = decide(OTHER_CLINIC, List.of(), c);
            assertThat(other.allowed()).isFalse();
            assertThat(other.related()).as("another clinic must not learn the person exists").isFalse();
        }
    }

    @Test
    void thePatientSeesAllOfTheirOwnDataAndAnalystsNoPersonLevelData() {
        for (InformationCategory c : InformationCategory.values()) {
            assertThat(decide(PATIENT, List.of(), c).allowed()).isTrue();
            assertThat(decide(ANALYST, List.of(), c).allowed()).isFalse();
        }
    }

    @Test
    void onlyTheClinicTeamWritesAndThePatientOnlyTheirConsents() {
        assertThat(AccessPolicy.decideWrite(CLINIC, RELATIONSHIPS, HEALTH, "Referral", null, TODAY).allowed()).isTrue();
        assertThat(AccessPolicy.decideWrite(NAV, RELATIONSHIPS, WORK_FUNCTION, "SickLeavePeriod", null, TODAY).allowed()).isFalse();
        assertThat(AccessPolicy.decideWrite(LEADER, RELATIONSHIPS, ADMIN, "Task", null, TODAY).allowed()).isFalse();
        assertThat(AccessPolicy.decideWrite(PATIENT, RELATIONSHIPS, ADMIN, "Consent", null, TODAY).allowed()).isTrue();
        assertThat(AccessPolicy.decideWrite(PATIENT, RELATIONSHIPS, WORK_FUNCTION, "SickLeavePeriod", null, TODAY).allowed())
                .isFalse();
        assertThat(AccessPolicy.decideWrite(OTHER_CLINIC, RELATIONSHIPS, ADMIN, "Pathway", null, TODAY).related()).isFalse();
    }

    @Test
    void thePatientRecordsTheirOwnQuestionnaireResponsesButNobodyElseOutsideTheClinicTeamDoes() {
        assertThat(AccessPolicy.decideWrite(PATIENT, RELATIONSHIPS, HEALTH, "QuestionnaireResponse", null, TODAY).allowed())
                .isTrue();
        assertThat(AccessPolicy.decideWrite(CLINIC, RELATIONSHIPS, HEALTH, "QuestionnaireResponse", null, TODAY).allowed())
                .isTrue();
        assertThat(AccessPolicy.decideWrite(PATIENT, RELATIONSHIPS, HEALTH, "Referral", null, TODAY).allowed()).isFalse();
        assertThat(AccessPolicy.decideWrite(NAV, RELATIONSHIPS, HEALTH, "QuestionnaireResponse", null, TODAY).allowed())
                .isFalse();
        assertThat(AccessPolicy.decideWrite(LEADER, RELATIONSHIPS, HEALTH, "QuestionnaireResponse", null, TODAY).allowed())
                .isFalse();
        assertThat(AccessPolicy.decideWrite(OTHER_CLINIC, RELATIONSHIPS, HEALTH, "QuestionnaireResponse", null, TODAY)
                .allowed()).isFalse();
    }

    @Test
    void aRelationshipThatHasEndedNoLongerGivesAccess() {
        Relationship ended = new Relationship(PERSON, Party.EMPLOYER, "994000020", "lars", "tidligere arbeidsforhold",
                TODAY.minusYears(1), TODAY.minusDays(1));
        assertThat(AccessPolicy.decide(LEADER, List.of(ended), List.of(), ADMIN, Purpose.FOLLOW_UP, false, TODAY).allowed())
                .isFalse();
    }

    static AccessDecision decide(Viewer viewer, List<Consent> consents, InformationCategory category) {
        return AccessPolicy.decide(viewer, RELATIONSHIPS, consents, category, Purpose.FOLLOW_UP, false, TODAY);
    }

    static Relationship rel(Party party, String org, String userRef) {
        return new Relationship(PERSON, party, org, userRef, "test", TODAY.minusMonths(1), null);
    }

    static Consent consent(Party recipient, String org, InformationCategory category) {
        return new Consent(UUID.randomUUID(), PERSON, recipient, org, category, Purpose.FOLLOW_UP, TODAY.minusDays(3), null,
                "pia", Consent.GivenHow.SELF, Instant.EPOCH, null, null);
    }

    /** Acknowledging a plan version as {@code viewer}: the read of its work-function content, decided once, then the confirmation. */
    static AccessDecision acknowledge(Viewer viewer, List<Consent> consents) {
        AccessDecision read = AccessPolicy.decide(viewer, RELATIONSHIPS, consents, WORK_FUNCTION, Purpose.FOLLOW_UP,
                false, TODAY);
        return AccessPolicy.decideAcknowledgement(viewer, read);
    }

    @Test
    void theLeaderAndThePatientAcknowledgeAPlanButNobodyElseDoes() {
        List<Consent> workFunction = List.of(consent(Party.EMPLOYER, "994000020", WORK_FUNCTION));
        assertThat(acknowledge(LEADER, workFunction).allowed()).isTrue();
        assertThat(acknowledge(PATIENT, List.of()).allowed()).isTrue();
        AccessDecision nav = acknowledge(NAV, List.of());
        assertThat(nav.allowed()).as("NAV may read the plan but does not acknowledge it").isFalse();
        assertThat(nav.related()).isTrue();
        assertThat(acknowledge(CLINIC, List.of()).allowed()).isFalse();
        AccessDecision otherLeader = acknowledge(OTHER_LEADER, workFunction);
        assertThat(otherLeader.allowed()).isFalse();
        assertThat(otherLeader.related()).as("another employer's leader learns nothing").isFalse();
        assertThat(AccessPolicy.decideWrite(LEADER, RELATIONSHIPS, WORK_FUNCTION, "Plan", null, TODAY).allowed())
                .isFalse();
        // An allowed read of anything but the work-function content gives no ground for a confirmation.
        AccessDecision adminRead = AccessPolicy.decide(LEADER, RELATIONSHIPS, List.of(), ADMIN, Purpose.FOLLOW_UP,
                false, TODAY);
        assertThat(adminRead.allowed()).isTrue();
        assertThat(AccessPolicy.decideAcknowledgement(LEADER, adminRead).allowed()).isFalse();
    }

    @Test
    void theLeaderAcknowledgesOnlyAPlanTheyMayRead() {
        AccessDecision withoutConsent = acknowledge(LEADER, List.of());
        assertThat(withoutConsent.allowed()).isFalse();
        assertThat(withoutConsent.related()).isTrue();
        assertThat(withoutConsent.reason()).contains("samtykke");
        // The write rule alone never lets the leader acknowledge: only the read decision with the consents does.
        assertThat(AccessPolicy.decideWrite(LEADER, RELATIONSHIPS, WORK_FUNCTION, "PlanAcknowledgement", null, TODAY)
                .allowed()).isFalse();
        Consent withdrawn = new Consent(UUID.randomUUID(), PERSON, Party.EMPLOYER, null, WORK_FUNCTION, Purpose.FOLLOW_UP,
                TODAY.minusDays(10), null, "pia", Consent.GivenHow.SELF, Instant.EPOCH, Instant.now(), "pia");
        assertThat(acknowledge(LEADER, List.of(withdrawn)).allowed()).isFalse();
        Consent expired = new Consent(UUID.randomUUID(), PERSON, Party.EMPLOYER, null, WORK_FUNCTION, Purpose.FOLLOW_UP,
                TODAY.minusDays(10), TODAY.minusDays(1), "pia", Consent.GivenHow.SELF, Instant.EPOCH, null, null);
        assertThat(acknowledge(LEADER, List.of(expired)).allowed()).isFalse();
        Consent granted = consent(Party.EMPLOYER, null, WORK_FUNCTION);
        AccessDecision allowed = acknowledge(LEADER, List.of(granted));
        assertThat(allowed.allowed()).isTrue();
        assertThat(allowed.consentId()).isEqualTo(granted.id());
        assertThat(allowed.basis()).isEqualTo(AccessBasis.NEAREST_LEADER);
        assertThat(allowed.category()).isEqualTo(WORK_FUNCTION);
    }

    @Test
    void anEmploymentWithoutANamedLeaderGivesNobodyAtTheEmployerAccess() {
        List<Relationship> unnamed = List.of(rel(Party.EMPLOYER, "994000020", null));
        for (InformationCategory c : InformationCategory.values()) {
            AccessDecision decision = AccessPolicy.decide(LEADER, unnamed,
                    List.of(consent(Party.EMPLOYER, "994000020", WORK_FUNCTION)), c, Purpose.FOLLOW_UP, false, TODAY);
            assertThat(decision.allowed()).isFalse();
            assertThat(decision.related()).as("an unnamed leader must not even learn the person exists").isFalse();
        }
        assertThat(AccessPolicy.decideWrite(LEADER, unnamed, ADMIN, "OwnTask", null, TODAY).allowed()).isFalse();
    }

    @Test
    void aLeaderNamedByNationalIdNumberIsRelatedThroughTheirLogInsNationalId() {
        List<Relationship> byNationalId = List.of(rel(Party.EMPLOYER, "994000020", "12858810262"));
        Viewer leaderFromIdPorten = new Viewer("idporten:abc", "Lars", "Nærmeste leder", Party.EMPLOYER, "994000020",
                null, null, "12858810262");
        assertThat(AccessPolicy.decide(leaderFromIdPorten, byNationalId, List.of(), ADMIN, Purpose.FOLLOW_UP, false,
                TODAY).allowed()).isTrue();
        // The same national ID at another employer, or another leader at this one, is not related.
        Viewer elsewhere = new Viewer("idporten:abc", "Lars", "Nærmeste leder", Party.EMPLOYER, "994000144",
                null, null, "12858810262");
        assertThat(AccessPolicy.decide(elsewhere, byNationalId, List.of(), ADMIN, Purpose.FOLLOW_UP, false, TODAY)
                .related()).isFalse();
        assertThat(AccessPolicy.decide(LEADER, byNationalId, List.of(), ADMIN, Purpose.FOLLOW_UP, false, TODAY)
                .related()).isFalse();
    }

    @Test
    void aRelatedPartyCompletesTheirOwnTaskButNoOtherTask() {
        assertThat(AccessPolicy.decideWrite(LEADER, RELATIONSHIPS, ADMIN, "OwnTask", null, TODAY).allowed()).isTrue();
        assertThat(AccessPolicy.decideWrite(NAV, RELATIONSHIPS, ADMIN, "OwnTask", null, TODAY).allowed()).isTrue();
        assertThat(AccessPolicy.decideWrite(LEADER, RELATIONSHIPS, ADMIN, "Task", null, TODAY).allowed()).isFalse();
        assertThat(AccessPolicy.decideWrite(OTHER_LEADER, RELATIONSHIPS, ADMIN, "OwnTask", null, TODAY).allowed()).isFalse();
        assertThat(AccessPolicy.decideWrite(ANALYST, RELATIONSHIPS, ADMIN, "OwnTask", null, TODAY).allowed()).isFalse();
        assertThat(AccessPolicy.decideWrite(LEADER, RELATIONSHIPS, WORK_FUNCTION, "OwnTask", null, TODAY).allowed()).isFalse();
    }

    @Test
    void onlyTheAnalystMayHaveADeidentifiedExportAndTheRefusalIsA403() {
        Viewer analyst = new Viewer("anna", "Anna", "Analytiker", Party.ANALYST, "974000008", null, null, null);
        assertThat(AccessPolicy.decideDeidentifiedExport(analyst).allowed()).isTrue();
        for (Viewer other : java.util.List.of(LEADER, NAV, GP, Viewer.SYSTEM)) {
            AccessDecision refused = AccessPolicy.decideDeidentifiedExport(other);
            assertThat(refused.allowed()).as(other.username()).isFalse();
            assertThat(new NoAccessException(refused).hideExistence()).isFalse();
        }
    }
}
