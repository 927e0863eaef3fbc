package no.samspill.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Random;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.identifiers.Sex;
import no.samspill.identifiers.SyntheticNationalIds;
import no.samspill.support.HeadlessChromium;
import no.samspill.support.IntegrationTest;
import no.samspill.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A coordinator registers a referral, triages it, registers sick leave and sees the overdue follow-up plan. */
@IntegrationTest
class CoordinatorJourneyIT {

    @LocalServerPort
    int port;

    HeadlessChromium browser;
    WebDriver driver;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = HeadlessChromium.start(port);
        driver = browser.driver();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void coordinatorFollowsAReferralToTheWorklist() throws IOException {
        LocalDate today = TestClock.TODAY;
        NationalIdNumber nationalId = SyntheticNationalIds.generate(LocalDate.of(1985, 3, 14), Sex.FEMALE, new Random(7));

        browser.logIn("kari.koordinator");
        assertThat(driver.getCurrentUrl()).endsWith("/arbeidsliste");
        assertThat(browser.text("header")).contains("Kari Koordinator", "Koordinator");

        browser.open("/henvisninger/ny");
        browser.type("referral-referrer-name", "Lege Legesen");
        browser.type("referral-referrer-hpr", "1234567");
        browser.type("referral-referrer-organisation", "Sentrum legekontor");
        browser.type("referral-patient-nationalId", "12345678901");
        browser.type("referral-patient-givenName", "Nora");
        browser.type("referral-patient-familyName", "Nordmann");
        browser.type("referral-employment-employer", "974760673");
        browser.type("referral-employment-employerName", "Byggmester AS");
        browser.type("referral-employment-occupation", "Tømrer");
        browser.setDate("referral-sickLeave-since", today.minusWeeks(5));
        new Select(driver.findElement(By.id("referral-complaintGroup"))).selectByValue("MUSCULOSKELETAL");
        browser.type("referral-diagnosis-code", "L03");
        browser.type("referral-workGoal", "Tilbake i full jobb");
        browser.submit("Registrer henvisning");

        WebElement nationalIdInput = driver.findElement(By.id("referral-patient-nationalId"));
        assertThat(nationalIdInput.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text("#referral-patient-nationalId-feil")).isEqualTo("Fødselsnummeret har feil kontrollsiffer");
        assertThat(browser.text(".aksel-error-summary")).contains("Fødselsnummeret har feil kontrollsiffer");
        assertThat(driver.findElement(By.id("referral-patient-givenName")).getAttribute("value")).isEqualTo("Nora");

        nationalIdInput.clear();
        nationalIdInput.sendKeys(nationalId.value());
        browser.submit("Registrer henvisning");
        assertThat(driver.getCurrentUrl()).contains("/henvisninger/");
        assertThat(browser.text("h1")).contains("Nora Nordmann");

        driver.findElement(By.id("outcome-RIGHT_TO_CARE")).click();
        browser.setDate("triage-latestStartDate", today.plusWeeks(4));
        browser.submit("Lagre vurdering");
        assertThat(browser.text("main")).contains("Rett til helsehjelp");

        browser.clickAndWait(driver.findElement(By.linkText("Gå til forløpet")));
        assertThat(driver.getCurrentUrl()).contains("/forlop/");
        assertThat(browser.text("h1")).isEqualTo("Nora Nordmann");

        browser.setDate("period-from", today.minusWeeks(5));
        browser.setDate("period-to", today.plusWeeks(3));
        driver.findElement(By.id("period-grade")).clear();
        browser.type("period-grade", "100");
        browser.submit("Legg til periode");

        WebElement followUpPlan = driver.findElement(By.id("milepel-FOLLOW_UP_PLAN"));
        assertThat(followUpPlan.getText()).contains("Oppfølgingsplan", "Forfalt");
        assertThat(browser.text("#tidslinje")).contains("beregnet (forenklet)", "Tidlig innsats");
        assertThat(driver.findElements(By.cssSelector("svg.app-strip .app-strip__today"))).hasSize(1);
        // The questionnaire section is loaded into the page by htmx.
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(
                d -> d.findElement(By.id("skjema")).getText().contains("Spørreskjema"));
        browser.screenshot("/tmp/samspill-pathway.png");

        browser.clickAndWait(driver.findElement(By.linkText("Arbeidsliste")));
        WebElement row = driver.findElements(By.cssSelector("#worklist-table tbody tr")).stream()
                .filter(r -> r.getText().contains("Oppfølgingsplan") && r.getText().contains("Nora Nordmann"))
                .findFirst().orElseThrow();
        assertThat(row.getText()).contains("Forfalt");
        browser.screenshot("/tmp/samspill-worklist.png");
    }
}
