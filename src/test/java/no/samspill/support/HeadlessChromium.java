package no.samspill.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and ChromeDriver, headless, with a fresh profile, driven against the test server: the shared
 * set-up and small verbs of the browser tests (SE_OFFLINE is set by the Failsafe configuration).
 */
public final class HeadlessChromium implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;
    private final int port;

    private HeadlessChromium(WebDriver driver, Path profile, int port) {
        this.driver = driver;
        this.profile = profile;
        this.port = port;
    }

    public static HeadlessChromium start(int port) throws IOException {
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=nb-NO",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        driver.manage().window().setSize(new Dimension(1280, 1000));
        return new HeadlessChromium(driver, profile, port);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    /** Logs in with the demo password and waits until the start page has loaded. */
    public void logIn(String username) {
        open("/login");
        type("username", username);
        type("password", "demo");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> !d.getCurrentUrl().contains("/login"));
    }

    public void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks the button with this label and waits until the browser has left the page it was on. */
    public void submit(String label) {
        clickAndWait(driver.findElement(By.xpath("//button[normalize-space()='" + label + "']")));
    }

    /** Clicks and waits for the next page, so that nothing is read from the old one. */
    public void clickAndWait(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> gone(page));
    }

    /**
     * True once the old page can no longer be reached. While a page is replaced, Chromium 156 answers either "stale
     * element" or "node does not belong to the document"; Selenium's stalenessOf only knows the first.
     */
    private static boolean gone(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            return true;
        }
    }

    /** Sets a date input's value directly (typing into date inputs depends on the browser's locale). */
    public void setDate(String id, java.time.LocalDate date) {
        setValue(id, date.toString());
    }

    /** Sets an input's value directly, as for date and time inputs. */
    public void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)),
                value);
    }

    /** Logs out through the header's button and waits for the log-in page. */
    public void logOut() {
        clickAndWait(driver.findElement(By.cssSelector("form.app-logout button")));
    }

    public String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    public String pageText() {
        return text("body");
    }

    /** A full-page screenshot, for looking at the design. */
    public void screenshot(String file) throws IOException {
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.body.scrollHeight");
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 100, 6000)));
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of(file), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp profile left behind is harmless
        }
    }
}
