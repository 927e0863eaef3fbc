package no.samspill.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import no.samspill.assessment.Assessment;
import no.samspill.assessment.RecordAssessment;
import no.samspill.plan.PlanQueries;
import no.samspill.access.GrantConsent;
import no.samspill.access.InformationCategory;
import no.samspill.access.Party;
import no.samspill.access.PersonDataAccess;
import no.samspill.access.Purpose;
import no.samspill.identifiers.HprNumber;
import no.samspill.identifiers.OrganisationNumber;
import no.samspill.identifiers.Sex;
import no.samspill.identifiers.SyntheticNationalIds;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.person.EmploymentDetails;
import no.samspill.person.PatientDetails;
import no.samspill.referral.ComplaintGroup;
import no.samspill.referral.DiagnosisCode;
import no.samspill.referral.NewReferral;
import no.samspill.referral.Referral;
import no.samspill.referral.ReferredSickLeave;
import no.samspill.referral.Referrer;
import no.samspill.referral.ReferrerKind;
import no.samspill.referral.RegisterReferral;
import no.samspill.referral.SickLeaveStatus;
import no.samspill.referral.TriageDecision;
import no.samspill.referral.TriageOutcome;
import no.samspill.referral.TriageReferral;
import no.samspill.security.DemoAccounts;
import no.samspill.sickleave.RegisterSickLeavePeriod;
import no.samspill.support.HeadlessChromium;
import no.samspill.support.IntegrationTest;
import no.samspill.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The coordinator names the nearest leader (the referral did not), schedules a collaboration meeting, marks it held, writes minutes with a task for the nearest leader
 * and publishes a plan; the leader logs in, sees the task and the plan but no health data, and acknowledges the plan.
 */
@IntegrationTest
class MeetingAndPlanJourneyIT {

    static final String HEALTH_MARKER = "HELSEMARKOR-E2E";
    static final String ASSESSMENT_MARKER = "KARTLEGGINGSHELSE-E2E";
    static final String DIAGNOSIS = "P76";

    @LocalServerPort int port;
    @Autowired PersonDataAccess access;
    @Autowired RegisterReferral registerReferral;
    @Autowired TriageReferral triageReferral;
    @Autowired RegisterSickLeavePeriod registerSickLeave;
    @Autowired GrantConsent grantConsent;
    @Autowired PathwayQueries pathways;
    @Autowired RecordAssessment recordAssessment;
    @Autowired PlanQueries plans;

    HeadlessChromium browser;
    WebDriver driver;
    Pathway pathway;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = HeadlessChromium.start(port);
        driver = browser.driver();
        pathway = access.asSystem(this::aPatientOfTheDemoLeader);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void coordinatorHoldsAMeetingAndTheLeaderAcknowledgesThePlan() throws IOException {
        LocalDate today = TestClock.TODAY;
        browser.logIn("kari.koordinator");
        browser.open("/forlop/" + pathway.id());
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.linkText("Kall inn til møte")));
        // The referral did not say who the nearest leader is: the coordinator names him before inviting him.
        assertThat(driver.findElement(By.id("arbeid")).getText()).contains("Nærmeste leder er ikke registrert ennå");
        driver.findElement(By.id("leader-nearestLeader")).sendKeys("lars.leder");
        browser.clickAndWait(driver.findElement(By.cssSelector("#arbeid button[type=submit]")));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Brukernavn lars.leder")
                .doesNotContain("Nærmeste leder er ikke registrert ennå");
        browser.open("/forlop/" + pathway.id() + "/moter/ny");
        new Select(driver.findElement(By.id("meeting-type"))).selectByValue("COLLABORATION");
        browser.setValue("meeting-date", today.toString());
        browser.setValue("meeting-time", "08:00");
        driver.findElement(By.id("meeting-place")).sendKeys("Klinikken, møterom 2");
        browser.clickAndWait(driver.findElement(By.id("send-invitation")));
        assertThat(driver.getCurrentUrl()).contains("/moter/");
        assertThat(driver.findElement(By.id("meeting-status")).getText()).isEqualTo("Innkalt");

        browser.clickAndWait(driver.findElement(By.id("mark-held")));
        assertThat(driver.findElement(By.id("meeting-status")).getText()).isEqualTo("Avholdt");
        driver.findElement(By.id("minutes-situation")).sendKeys("Pasienten er i gradert arbeid.");
        driver.findElement(By.id("minutes-conclusion")).sendKeys("Opptrapping med lettere oppgaver.");
        driver.findElement(By.id("minutes-clinicalNote")).sendKeys(HEALTH_MARKER + " klinisk notat");
        driver.findElement(By.id("minutes-tasks[0]-title")).sendKeys("Avklar lettere arbeidsoppgaver");
        new Select(driver.findElement(By.id("minutes-tasks[0]-owner"))).selectByValue("lars.leder");
        browser.setValue("minutes-tasks[0]-dueDate", today.plusDays(7).toString());
        driver.findElement(By.id("minutes-finalise")).click();
        browser.clickAndWait(driver.findElement(By.id("save-minutes")));
        assertThat(driver.findElement(By.id("referat")).getText()).contains("Ferdigstilt", "Avklar lettere arbeidsoppgaver");

        browser.open("/forlop/" + pathway.id() + "/plan/ny");
        driver.findElement(By.id("plan-goal")).sendKeys("Tilbake i full stilling innen seks uker");
        driver.findElement(By.id("plan-adjustments[0]-what")).sendKeys("Ingen tunge løft");
        driver.findElement(By.id("plan-adjustments[0]-owner")).sendKeys("Lars Leder");
        browser.setValue("plan-adjustments[0]-from", today.toString());
        browser.setValue("plan-adjustments[0]-to", today.plusWeeks(4).toString());
        browser.setValue("plan-steps[0]-from", today.toString());
        browser.setValue("plan-steps[0]-to", today.plusWeeks(2).toString());
        driver.findElement(By.id("plan-steps[0]-percent")).sendKeys("50");
        browser.setValue("plan-steps[1]-from", today.plusWeeks(2).plusDays(1).toString());
        browser.setValue("plan-steps[1]-to", today.plusWeeks(6).toString());
        driver.findElement(By.id("plan-steps[1]-percent")).sendKeys("100");
        // One more step in a row added in the page; the blank row before it is left out.
        driver.findElement(By.cssSelector("[data-add-row='plan-steps']")).click();
        assertThat(driver.findElements(By.cssSelector("#plan-steps .app-row"))).hasSize(4);
        browser.setValue("plan-steps[3]-from", today.plusWeeks(6).plusDays(1).toString());
        browser.setValue("plan-steps[3]-to", today.plusWeeks(8).toString());
        driver.findElement(By.id("plan-steps[3]-percent")).sendKeys("100");
        browser.screenshot("/tmp/samspill-plan-form.png");
        browser.clickAndWait(driver.findElement(By.id("publish-plan")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("plan-status")));
        assertThat(driver.findElement(By.id("plan-status")).getText()).isEqualTo("Venter på bekreftelse");
        assertThat(access.asSystem(() -> plans.latest(pathway.id())).orElseThrow().steps()).extracting(s -> s.percent())
                .containsExactly(50, 100, 100);
        browser.logOut();

        browser.logIn("lars.leder");
        // The leader finds the pathway through their own pages: "Mine oppgaver" lists the task from the minutes.
        browser.clickAndWait(driver.findElement(By.linkText("Mine oppgaver")));
        assertThat(driver.findElement(By.id("my-tasks")).getText()).contains("Avklar lettere arbeidsoppgaver",
                "Eva Reisersen");
        assertThat(driver.getPageSource()).doesNotContain(HEALTH_MARKER);
        browser.screenshot("/tmp/samspill-leader-my-tasks.png");
        browser.clickAndWait(driver.findElement(By.linkText("Eva Reisersen")));
        assertThat(driver.getCurrentUrl()).endsWith("/forlop/" + pathway.id());
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("plan-goal")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("h-moter")));
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Avklar lettere arbeidsoppgaver", "Tilbake i full stilling innen seks uker",
                "Samhandlingsmøte");
        assertNoHealthData();
        browser.clickAndWait(driver.findElement(By.id("acknowledge-plan")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-acknowledgements"), "Lars Leder"));
        assertNoHealthData();
        browser.clickAndWait(driver.findElement(By.partialLinkText("Samhandlingsmøte")));
        assertThat(driver.findElement(By.id("referat")).getText()).contains("Opptrapping med lettere oppgaver.")
                .doesNotContain(HEALTH_MARKER);
        assertNoHealthData();
    }

    /**
     * The leader's page shows none of the health data planted in the pathway: the referral's diagnosis code and text,
     * the assessment's health part and the minutes' clinical note.
     */
    private void assertNoHealthData() {
        String source = driver.getPageSource();
        assertThat(source).doesNotContain(HEALTH_MARKER, ASSESSMENT_MARKER, DIAGNOSIS, "søvnvansker");
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    private Pathway aPatientOfTheDemoLeader() {
        LocalDate today = TestClock.TODAY;
        NewReferral referral = new NewReferral(DemoAccounts.CLINIC_NORD,
                new Referrer(ReferrerKind.GP, "Gunnar Fastlege", HprNumber.parse(DemoAccounts.GP_HPR), "Legekontor"),
                new PatientDetails(SyntheticNationalIds.generate(LocalDate.of(1982, 4, 4), Sex.FEMALE, new Random()),
                        "Eva", "Reisersen", null, null),
                new EmploymentDetails(OrganisationNumber.parse(DemoAccounts.LEADER_EMPLOYER), "Fjordbakst AS", "Baker",
                        "Lars Leder", null, null),
                today.minusDays(20), new ReferredSickLeave(SickLeaveStatus.FULL, 100, today.minusWeeks(5)),
                ComplaintGroup.COMMON_MENTAL, new DiagnosisCode(DiagnosisCode.System.ICPC2, DIAGNOSIS),
                HEALTH_MARKER + " prøvd", "Tilbake i jobb", "kari.koordinator");
        Referral created = registerReferral.register(referral, "kari.koordinator");
        triageReferral.triage(created.id(), 0, new TriageDecision(TriageOutcome.RIGHT_TO_CARE, today.plusWeeks(3), null),
                "kari.koordinator");
        registerSickLeave.register(created.personId(), today.minusWeeks(5), today.plusWeeks(6), 100, "kari.koordinator");
        grantConsent.grant(created.personId().value(), Party.EMPLOYER, DemoAccounts.LEADER_EMPLOYER,
                InformationCategory.WORK_FUNCTION, Purpose.FOLLOW_UP, null);
        Pathway pathway = pathways.byReferral(created.id()).orElseThrow();
        // The assessment's health part is health data the leader must never see, even with the consent above.
        recordAssessment.record(pathway.id(), null, ASSESSMENT_MARKER + " uro og søvnvansker",
                new Assessment.WorkAssessment(null, "Kan jobbe redusert", null, null, null, false, true, false, null,
                        true, Assessment.AbleToWork.WITH_ADJUSTMENTS, Assessment.WorkBenefit.YES,
                        "Gradert tilbake", Set.of(Assessment.NextStep.WORK_FOCUSED_CBT)), null, today,
                "kari.koordinator");
        return pathway;
    }
}
