package no.samspill.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import no.samspill.security.DemoAccounts;
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
import org.springframework.test.context.TestPropertySource;

/**
 * A programme owner enrols a workplace (fixing a wrong organisation number), delivers the first session (fixing an
 * attendance above the headcount), and the workplace contact logs in and sees the progress and the next step.
 * Runs on its own database so the demo contact's workplace is free to enrol.
 */
@IntegrationTest
@TestPropertySource(properties = "samspill.demo.seed=8")
class ProgrammeJourneyIT {

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
    void ownerEnrolsAndDeliversAndTheContactSeesTheProgress() throws IOException {
        LocalDate today = TestClock.TODAY;
        browser.logIn("nina.nav");
        assertThat(driver.getCurrentUrl()).endsWith("/program");
        assertThat(browser.text("h1")).isEqualTo("Bedriftstiltaket");

        browser.clickAndWait(driver.findElement(By.linkText("Meld på arbeidsplass")));
        browser.type("enrol-organisationNumber", "994000145");
        browser.type("enrol-name", "Fjordbyen Sykehjem");
        new Select(driver.findElement(By.id("enrol-sector"))).selectByValue("PUBLIC");
        browser.type("enrol-headcount", "60");
        browser.setDate("enrol-firstSession", today.minusDays(1));
        browser.type("enrol-contacts[0]-name", "Wenche Kontakt");
        browser.type("enrol-contacts[0]-title", "Avdelingsleder");
        browser.type("enrol-contacts[0]-email", "wenche@example.no");
        browser.type("enrol-contributors[0]-name", "Fysio Terapeut");
        browser.type("enrol-contributors[0]-profession", "Fysioterapeut");
        browser.submit("Meld på");

        WebElement orgInput = driver.findElement(By.id("enrol-organisationNumber"));
        assertThat(orgInput.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text("#enrol-organisationNumber-feil")).isEqualTo("Organisasjonsnummeret har feil kontrollsiffer");
        assertThat(browser.text(".aksel-error-summary")).contains("Organisasjonsnummeret har feil kontrollsiffer");
        assertThat(driver.findElement(By.id("enrol-name")).getAttribute("value")).isEqualTo("Fjordbyen Sykehjem");
        browser.screenshot("/tmp/samspill-programme-enrol-error.png");
        orgInput.clear();
        orgInput.sendKeys(DemoAccounts.FJORDBYEN_SYKEHJEM);
        browser.submit("Meld på");

        assertThat(driver.getCurrentUrl()).contains("/program/lop/");
        assertThat(browser.text("h1")).isEqualTo("Fjordbyen Sykehjem");
        assertThat(browser.text("#run-progress")).startsWith("0 av 7 trinn gjennomført");

        driver.findElement(By.id("step-1-delivered")).click();
        browser.setDate("step-1-deliveredOn", today.minusDays(1));
        browser.type("step-1-attendance", "75");
        browser.clickAndWait(driver.findElement(By.id("step-1-save")));
        assertThat(browser.text("#step-1-attendance-feil")).isEqualTo("Oppmøtet kan ikke være større enn antall ansatte (60)");
        WebElement attendance = driver.findElement(By.id("step-1-attendance"));
        attendance.clear();
        attendance.sendKeys("48");
        browser.clickAndWait(driver.findElement(By.id("step-1-save")));
        assertThat(browser.text("#trinn-1")).contains("Gjennomført 23.11.2026, 48 deltok");
        assertThat(browser.text("#run-progress")).startsWith("1 av 7 trinn gjennomført");
        browser.screenshot("/tmp/samspill-programme-run.png");

        browser.open("/program");
        assertThat(browser.text("#workplace-table")).contains("Fjordbyen Sykehjem", "1 av 7 trinn");
        browser.screenshot("/tmp/samspill-programme-overview.png");

        browser.clickAndWait(driver.findElement(By.xpath("//button[normalize-space()='Logg ut']")));
        browser.logIn("wenche.kontakt");
        assertThat(driver.getCurrentUrl()).endsWith("/program/min");
        assertThat(browser.text("h1")).isEqualTo("Bedriftstiltaket hos Fjordbyen Sykehjem");
        assertThat(browser.text("#run-progress")).startsWith("1 av 7 trinn gjennomført");
        assertThat(browser.text("#neste-trinn")).contains("Kunnskapsøkt: vanlige psykiske plager", "07.12.2026");
        assertThat(browser.text("#plan")).contains("Gjennomført");
        assertThat(driver.findElements(By.id("step-1-save"))).isEmpty();
        browser.screenshot("/tmp/samspill-programme-contact.png");

        browser.open("/arbeidsliste");
        browser.open("/program/lop/" + java.util.UUID.randomUUID());
        assertThat(driver.getPageSource()).doesNotContain("Fjordbyen Sykehjem</h1>");
    }
}
