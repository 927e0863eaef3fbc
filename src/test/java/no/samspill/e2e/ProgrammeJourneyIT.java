package no.samspill.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import no.samspill.security.DemoAccounts;
import no.samspill.support.IntegrationTest;
import no.samspill.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
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

    WebDriver driver;
    Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=nb-NO",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void ownerEnrolsAndDeliversAndTheContactSeesTheProgress() throws IOException {
        LocalDate today = TestClock.TODAY;
        logIn("nina.nav");
        assertThat(driver.getCurrentUrl()).endsWith("/program");
        assertThat(text("h1")).isEqualTo("Bedriftstiltaket");

        submitWith(driver.findElement(By.linkText("Meld på arbeidsplass")));
        type("enrol-organisationNumber", "994000145");
        type("enrol-name", "Fjordbyen Sykehjem");
        new Select(driver.findElement(By.id("enrol-sector"))).selectByValue("PUBLIC");
        type("enrol-headcount", "60");
        setDate("enrol-firstSession", today.minusDays(1));
        type("enrol-contacts[0]-name", "Wenche Kontakt");
        type("enrol-contacts[0]-title", "Avdelingsleder");
        type("enrol-contacts[0]-email", "wenche@example.no");
        type("enrol-contributors[0]-name", "Fysio Terapeut");
        type("enrol-contributors[0]-profession", "Fysioterapeut");
        submit("Meld på");

        WebElement orgInput = driver.findElement(By.id("enrol-organisationNumber"));
        assertThat(orgInput.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(text("#enrol-organisationNumber-feil")).isEqualTo("Organisasjonsnummeret har feil kontrollsiffer");
        assertThat(text(".aksel-error-summary")).contains("Organisasjonsnummeret har feil kontrollsiffer");
        assertThat(driver.findElement(By.id("enrol-name")).getAttribute("value")).isEqualTo("Fjordbyen Sykehjem");
        screenshot("/tmp/samspill-programme-enrol-error.png");
        orgInput.clear();
        orgInput.sendKeys(DemoAccounts.FJORDBYEN_SYKEHJEM);
        submit("Meld på");

        assertThat(driver.getCurrentUrl()).contains("/program/lop/");
        assertThat(text("h1")).isEqualTo("Fjordbyen Sykehjem");
        assertThat(text("#run-progress")).startsWith("0 av 7 trinn gjennomført");

        driver.findElement(By.id("step-1-delivered")).click();
        setDate("step-1-deliveredOn", today.minusDays(1));
        type("step-1-attendance", "75");
        submitWith(driver.findElement(By.id("step-1-save")));
        assertThat(text("#step-1-attendance-feil")).isEqualTo("Oppmøtet kan ikke være større enn antall ansatte (60)");
        WebElement attendance = driver.findElement(By.id("step-1-attendance"));
        attendance.clear();
        attendance.sendKeys("48");
        submitWith(driver.findElement(By.id("step-1-save")));
        assertThat(text("#trinn-1")).contains("Gjennomført 23.11.2026, 48 deltok");
        assertThat(text("#run-progress")).startsWith("1 av 7 trinn gjennomført");
        screenshot("/tmp/samspill-programme-run.png");

        open("/program");
        assertThat(text("#workplace-table")).contains("Fjordbyen Sykehjem", "1 av 7 trinn");
        screenshot("/tmp/samspill-programme-overview.png");

        submitWith(driver.findElement(By.xpath("//button[normalize-space()='Logg ut']")));
        logIn("wenche.kontakt");
        assertThat(driver.getCurrentUrl()).endsWith("/program/min");
        assertThat(text("h1")).isEqualTo("Bedriftstiltaket hos Fjordbyen Sykehjem");
        assertThat(text("#run-progress")).startsWith("1 av 7 trinn gjennomført");
        assertThat(text("#neste-trinn")).contains("Kunnskapsøkt: vanlige psykiske plager", "07.12.2026");
        assertThat(text("#plan")).contains("Gjennomført");
        assertThat(driver.findElements(By.id("step-1-save"))).isEmpty();
        screenshot("/tmp/samspill-programme-contact.png");

        open("/arbeidsliste");
        open("/program/lop/" + java.util.UUID.randomUUID());
        assertThat(driver.getPageSource()).doesNotContain("Fjordbyen Sykehjem</h1>");
    }

    private void logIn(String username) {
        open("/login");
        type("username", username);
        type("password", "demo");
        submitWith(driver.findElement(By.cssSelector("form button[type=submit]")));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/program"));
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private void type(String id, String value) {
        driver.findElement(By.id(id)).sendKeys(value);
    }

    private void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                driver.findElement(By.id(id)), date.toString());
    }

    private void submit(String label) {
        submitWith(driver.findElement(By.xpath("//button[normalize-space()='" + label + "']")));
    }

    /** Clicks and waits for the next page, so that nothing is read from the old one. */
    private void submitWith(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private void screenshot(String file) throws IOException {
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.body.scrollHeight");
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 100, 6000)));
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of(file), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }
}
