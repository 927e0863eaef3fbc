package no.samspill.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import no.samspill.access.AddNavToTeam;
import no.samspill.access.GrantConsent;
import no.samspill.access.InformationCategory;
import no.samspill.access.Party;
import no.samspill.access.PersonDataAccess;
import no.samspill.access.Purpose;
import no.samspill.identifiers.OrganisationNumber;
import no.samspill.pathway.PathwayQueries;
import no.samspill.referral.NewReferral;
import no.samspill.referral.Referral;
import no.samspill.referral.RegisterReferral;
import no.samspill.referral.TriageDecision;
import no.samspill.referral.TriageOutcome;
import no.samspill.referral.TriageReferral;
import no.samspill.security.DemoAccounts;
import no.samspill.sickleave.RegisterSickLeavePeriod;
import no.samspill.support.HeadlessChromium;
import no.samspill.support.IntegrationTest;
import no.samspill.support.Referrals;
import no.samspill.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The patient decides what the employer sees: the nearest leader sees the work-function timeline while the patient
 * shares it, and no longer once she switches it off; the patient then sees in the access log that the leader looked.
 */
@IntegrationTest
class PatientSharingJourneyIT {

    static final LocalDate TODAY = TestClock.TODAY;

    @LocalServerPort int port;
    @Autowired PersonDataAccess access;
    @Autowired RegisterReferral registerReferral;
    @Autowired TriageReferral triageReferral;
    @Autowired RegisterSickLeavePeriod registerSickLeave;
    @Autowired GrantConsent grantConsent;
    @Autowired AddNavToTeam addNavToTeam;
    @Autowired PathwayQueries pathways;

    @Test
    void thePatientSwitchesOffSharingWithTheEmployerAndSeesWhoLooked() throws IOException {
        String pathwayPath = access.asSystem(this::aPathwayForTheDemoPatient);

        try (HeadlessChromium leader = HeadlessChromium.start(port)) {
            leader.logIn("lars.leder");
            leader.open(pathwayPath);
            assertThat(leader.pageText()).contains("Tidslinje for sykefraværet").doesNotContain("Ryggsmerter i lang tid");
            leader.screenshot("/tmp/samspill-leader-pathway.png");

            try (HeadlessChromium patient = HeadlessChromium.start(port)) {
                patient.logIn("pia.pasient");
                patient.open("/mitt/deling");
                assertThat(patient.pageText()).contains("Hvem kan se hva", "Arbeidsevne og tilrettelegging");
                patient.screenshot("/tmp/samspill-patient-sharing.png");
                patient.clickAndWait(patient.driver().findElement(org.openqa.selenium.By.cssSelector(
                        "button[aria-label^='Slå av deling av Arbeidsevne og tilrettelegging med Arbeidsgiver']")));
                assertThat(patient.pageText()).contains("Samtykket er trukket tilbake");

                leader.open(pathwayPath);
                assertThat(leader.pageText()).doesNotContain("Tidslinje for sykefraværet");

                patient.open("/mitt/innsyn");
                assertThat(patient.pageText()).contains("Lars Leder", "så sykmeldingen og fristene");
                patient.screenshot("/tmp/samspill-patient-access-log.png");
            }
        }
    }

    private String aPathwayForTheDemoPatient() {
        NewReferral referral = Referrals.forTheDemoPatient();
        Referral created = registerReferral.register(referral, "kari.koordinator");
        triageReferral.triage(created.id(), 0, new TriageDecision(TriageOutcome.RIGHT_TO_CARE, TODAY.plusWeeks(3), null),
                "kari.koordinator");
        registerSickLeave.register(created.personId(), TODAY.minusWeeks(6), TODAY.plusWeeks(6), 100, "kari.koordinator");
        addNavToTeam.add(created.personId().value(), OrganisationNumber.parse(DemoAccounts.NAV_OFFICE));
        grantConsent.grant(created.personId().value(), Party.EMPLOYER, DemoAccounts.LEADER_EMPLOYER,
                InformationCategory.WORK_FUNCTION, Purpose.FOLLOW_UP, null);
        return "/forlop/" + pathways.byReferral(created.id()).orElseThrow().id();
    }
}
