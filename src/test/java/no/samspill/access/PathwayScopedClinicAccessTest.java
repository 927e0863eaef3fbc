package no.samspill.access;

import static no.samspill.access.InformationCategory.ADMIN;
import static no.samspill.access.InformationCategory.HEALTH;
import static no.samspill.access.InformationCategory.WORK_FUNCTION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * A patient with pathways at two clinics: each clinic's team reads and changes its own pathway and everything on it,
 * never the other clinic's, while the person-level data stays readable to both (decision 0030).
 */
class PathwayScopedClinicAccessTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final UUID PERSON = UUID.randomUUID();
    static final String NORD = "974000008";
    static final String MIDT = "974000016";

    static final Viewer KARI = new Viewer("kari", "Kari", "Koordinator", Party.CLINIC, NORD, null, null, null);
    static final Viewer PER = new Viewer("per", "Per", "Koordinator", Party.CLINIC, MIDT, null, null, null);
    static final Viewer SOMEWHERE_ELSE = new Viewer("siv", "Siv", "Koordinator", Party.CLINIC, "974000032", null, null,
            null);

    /** Both clinics received a referral for the person; each is tied to them. */
    static final List<Relationship> BOTH_CLINICS = List.of(rel(Party.CLINIC, NORD, null), rel(Party.CLINIC, MIDT, null),
            rel(Party.GP, null, "565500001"), rel(Party.NAV, "974000024", null), rel(Party.EMPLOYER, "994000020", "lars"),
            rel(Party.PATIENT, null, "12858810262"));

    @Test
    void aClinicReadsEverythingOnItsOwnPathwayButNothingOnTheOtherClinics() {
        for (InformationCategory category : InformationCategory.values()) {
            assertThat(read(KARI, category, NORD).allowed()).as("kari, Nordklinikken's pathway, %s", category).isTrue();
            assertThat(read(PER, category, MIDT).allowed()).as("per, Midtklinikken's pathway, %s", category).isTrue();
            AccessDecision refused = read(PER, category, NORD);
            assertThat(refused.allowed()).as("per, Nordklinikken's pathway, %s", category).isFalse();
            // Answered as if the pathway did not exist (404), and the reason says why in the access log.
            assertThat(refused.related()).isFalse();
            assertThat(refused.reason()).contains("annen klinikk");
            assertThat(read(KARI, category, MIDT).allowed()).isFalse();
        }
    }

    @Test
    void thePersonLevelDataStaysReadableToBothClinics() {
        assertThat(read(PER, ADMIN, null).allowed()).isTrue();
        assertThat(read(KARI, ADMIN, null).allowed()).isTrue();
        // The person-level decision is unchanged by a second clinic's pathway.
        assertThat(AccessPolicy.decide(PER, BOTH_CLINICS, List.of(), HEALTH, Purpose.FOLLOW_UP, false, TODAY).allowed())
                .isTrue();
    }

    @Test
    void aClinicChangesOnlyItsOwnPathway() {
        for (String resource : List.of("Pathway", "Task", "Meeting", "Minutes", "Assessment", "Plan", "Referral",
                "QuestionnaireAssignment", "TrialEnrolment", "OwnTask")) {
            assertThat(write(KARI, ADMIN, resource, NORD).allowed()).as("kari changes her %s", resource).isTrue();
            AccessDecision refused = write(PER, ADMIN, resource, NORD);
            assertThat(refused.allowed()).as("per changes Nordklinikken's %s", resource).isFalse();
            assertThat(refused.related()).isFalse();
        }
        assertThat(write(PER, WORK_FUNCTION, "Plan", MIDT).allowed()).isTrue();
        assertThat(write(PER, WORK_FUNCTION, "SickLeavePeriod", null).allowed()).isTrue();
    }

    @Test
    void aClinicWithoutAReferralForThePersonIsStillNotRelated() {
        AccessDecision decision = read(SOMEWHERE_ELSE, ADMIN, null);
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.related()).isFalse();
        assertThat(read(SOMEWHERE_ELSE, ADMIN, "974000032").allowed()).isFalse();
    }

    @Test
    void aPathwayThatCannotBeFoundIsHeldByNoClinic() {
        // PersonDataAccess decides an unknown pathway's resource with the clinic "": the clinic team is refused.
        assertThat(read(KARI, ADMIN, "").allowed()).isFalse();
        assertThat(write(KARI, ADMIN, "Pathway", "").allowed()).isFalse();
    }

    /** The other parties keep their rules: the clinic holding the pathway changes none of their decisions. */
    @Property
    void theHoldingClinicChangesNothingForTheOtherParties(@ForAll Party party, @ForAll InformationCategory category,
                                                         @ForAll boolean summary, @ForAll boolean consented,
                                                         @ForAll @IntRange(max = 2) int clinicChoice) {
        if (party == Party.CLINIC) {
            return;
        }
        Viewer viewer = switch (party) {
            case GP -> new Viewer("gunnar", "Gunnar", "Fastlege", party, "994000152", null, "565500001", null);
            case NAV -> new Viewer("nils", "Nils", "NAV", party, "974000024", null, null, null);
            case EMPLOYER -> new Viewer("lars", "Lars", "Leder", party, "994000020", null, null, null);
            case PATIENT -> new Viewer("pia", "Pia", "Pasient", party, null, null, null, "12858810262");
            default -> new Viewer("x", "X", "X", party, NORD, null, null, null);
        };
        List<Consent> consents = consented ? List.of(new Consent(UUID.randomUUID(), PERSON, party, null, category,
                Purpose.FOLLOW_UP, TODAY.minusDays(3), null, "pia", Consent.GivenHow.SELF, Instant.EPOCH, null, null))
                : List.of();
        String clinic = List.of(NORD, MIDT, "").get(clinicChoice);
        AccessDecision personLevel = AccessPolicy.decide(viewer, BOTH_CLINICS, consents, category, Purpose.FOLLOW_UP,
                summary, TODAY);
        AccessDecision scoped = AccessPolicy.decide(viewer, BOTH_CLINICS, consents, category, Purpose.FOLLOW_UP,
                summary, clinic, TODAY);
        assertThat(scoped).isEqualTo(personLevel);
        for (String resource : List.of("Pathway", "PlanAcknowledgement", "OwnTask", "QuestionnaireResponse")) {
            assertThat(AccessPolicy.decideWrite(viewer, BOTH_CLINICS, category, resource, clinic, TODAY))
                    .isEqualTo(AccessPolicy.decideWrite(viewer, BOTH_CLINICS, category, resource, null, TODAY));
        }
    }

    static AccessDecision read(Viewer viewer, InformationCategory category, String pathwayClinic) {
        return AccessPolicy.decide(viewer, BOTH_CLINICS, List.of(), category, Purpose.FOLLOW_UP, false, pathwayClinic,
                TODAY);
    }

    static AccessDecision write(Viewer viewer, InformationCategory category, String resource, String pathwayClinic) {
        return AccessPolicy.decideWrite(viewer, BOTH_CLINICS, category, resource, pathwayClinic, TODAY);
    }

    static Relationship rel(Party party, String org, String userRef) {
        return new Relationship(PERSON, party, org, userRef, "test", TODAY.minusMonths(1), null);
    }
}
