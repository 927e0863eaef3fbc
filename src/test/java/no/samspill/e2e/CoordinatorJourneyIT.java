package no.samspill.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.identifiers.Sex;
import no.samspill.identifiers.SyntheticNationalIds;
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

/** A coordinator registers a referral, triages it, registers sick leave and sees the overdue follow-up plan. */
@IntegrationTest
class CoordinatorJourneyIT {

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
    void coordinatorFollowsAReferralToTheWorklist() throws IOException {
        LocalDate today = TestClock.TODAY;
        NationalIdNumber nationalId = SyntheticNationalIds.generate(LocalDate.of(1985, 3, 14), Sex.FEMALE, new Random(7));

        open("/login");
        type("username", "kari.koordinator");
        type("password", "demo");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        assertThat(driver.getCurrentUrl()).endsWith("/arbeidsliste");
        assertThat(text("header")).contains("Kari Koordinator", "Koordinator");

        open("/henvisninger/ny");
        type("referral-referrer-name", "Lege Legesen");
        type("referral-referrer-hpr", "1234567");
        type("referral-referrer-organisation", "Sentrum legekontor");
        type("referral-patient-nationalId", "12345678901");
        type("referral-patient-givenName", "Nora");
        type("referral-patient-familyName", "Nordmann");
        type("referral-employment-employer", "974760673");
        type("referral-employment-employerName", "Byggmester AS");
        type("referral-employment-occupation", "Tømrer");
        setDate("referral-sickLeave-since", today.minusWeeks(5));
        new Select(driver.findElement(By.id("referral-complaintGroup"))).selectByValue("MUSCULOSKELETAL");
        type("referral-diagnosis-code", "L03");
        type("referral-workGoal", "Tilbake i full jobb");
        submit("Registrer henvisning");

        WebElement nationalIdInput = driver.findElement(By.id("referral-patient-nationalId"));
        assertThat(nationalIdInput.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(text("#referral-patient-nationalId-feil")).isEqualTo("Fødselsnummeret har feil kontrollsiffer");
        assertThat(text(".aksel-error-summary")).contains("Fødselsnummeret har feil kontrollsiffer");
        assertThat(driver.findElement(By.id("referral-patient-givenName")).getAttribute("value")).isEqualTo("Nora");

        nationalIdInput.clear();
        nationalIdInput.sendKeys(nationalId.value());
        submit("Registrer henvisning");
        assertThat(driver.getCurrentUrl()).contains("/henvisninger/");
        assertThat(text("h1")).contains("Nora Nordmann");

        driver.findElement(By.id("outcome-RIGHT_TO_CARE")).click();
        setDate("triage-latestStartDate", today.plusWeeks(4));
        submit("Lagre vurdering");
        assertThat(text("main")).contains("Rett til helsehjelp");

        driver.findElement(By.linkText("Gå til forløpet")).click();
        assertThat(driver.getCurrentUrl()).contains("/forlop/");
        assertThat(text("h1")).isEqualTo("Nora Nordmann");

        setDate("period-from", today.minusWeeks(5));
        setDate("period-to", today.plusWeeks(3));
        driver.findElement(By.id("period-grade")).clear();
        type("period-grade", "100");
        submit("Legg til periode");

        WebElement followUpPlan = driver.findElement(By.id("milepel-FOLLOW_UP_PLAN"));
        assertThat(followUpPlan.getText()).contains("Oppfølgingsplan", "Forfalt");
        assertThat(text("#tidslinje")).contains("beregnet (forenklet)", "Tidlig innsats");
        assertThat(driver.findElements(By.cssSelector("svg.app-strip .app-strip__today"))).hasSize(1);
        screenshot("/tmp/samspill-pathway.png");

        driver.findElement(By.linkText("Arbeidsliste")).click();
        WebElement row = driver.findElements(By.cssSelector("#worklist-table tbody tr")).stream()
                .filter(r -> r.getText().contains("Oppfølgingsplan")).findFirst().orElseThrow();
        assertThat(row.getText()).contains("Forfalt", "Nora Nordmann");
        screenshot("/tmp/samspill-worklist.png");
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

    /** Clicks the button and waits until the browser has left the page it was on (the form's response has loaded). */
    private void submit(String label) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.xpath("//button[normalize-space()='" + label + "']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
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
