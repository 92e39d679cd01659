package org.statcommons.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver, so that Selenium Manager never downloads
 * a browser. Where Chromium is not installed the test is skipped, except in CI (environment variable
 * {@code CI=true}), where a missing browser must fail the build rather than silently skip the browser test.
 */
public final class Chromium implements AutoCloseable {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A fresh headless browser with an empty profile, 1280 pixels wide. */
    public static Chromium start() {
        requireInstalled(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER), System.getenv("CI"));
        // Selenium looks here before asking Selenium Manager, which would download a driver
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("statcommons-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(BROWSER.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--window-size=1280,900",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Chromium(driver, profile);
    }

    /** Skips the calling test when Chromium is missing, or fails it when {@code ciVariable} is "true". */
    static void requireInstalled(boolean installed, String ciVariable) {
        if (installed) {
            return;
        }
        String missing = "Chromium is not installed (" + BROWSER + " and " + DRIVER
                + "; on Debian: apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(ciVariable)) {
            Assertions.fail(missing + " — CI must run the browser tests");
        }
        Assumptions.abort(missing + " — browser test skipped");
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * From now on, every request goes as over seed 000's poor connection: 250 kbit/s each way and 300 ms of latency
     * (Chromium's network conditions), so that a test sees what a respondent on 2G would.
     */
    public Chromium throttledTo2G() {
        int bytesPerSecond = 250_000 / 8;
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of(
                        "offline",
                        false,
                        "latency",
                        300,
                        "downloadThroughput",
                        bytesPerSecond,
                        "uploadThroughput",
                        bytesPerSecond));
        return this;
    }

    public Chromium open(String url) {
        driver.get(url);
        return this;
    }

    /** Types into the input or text area that the label with this exact text belongs to. */
    public Chromium fill(String label, String value) {
        WebElement field = field(label);
        field.clear();
        field.sendKeys(value);
        return this;
    }

    /** Chooses an option of the select box with this label, by its visible text. */
    public Chromium choose(String label, String optionText) {
        new Select(field(label)).selectByVisibleText(optionText);
        return this;
    }

    /** Chooses an option of the select box with this label, by its value (for options whose text holds counts). */
    public Chromium chooseValue(String label, String value) {
        new Select(field(label)).selectByValue(value);
        return this;
    }

    /** Ticks the check box or radio button with this label. */
    public Chromium tick(String label) {
        WebElement box = field(label);
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    /** Clicks the button with this text, as a person would, and waits for the page it leads to. */
    public Chromium press(String buttonText) {
        return clickAndWait(find(
                By.xpath("//button[normalize-space()=" + literal(buttonText) + "]"), "button '" + buttonText + "'"));
    }

    /** Follows the link with this text and waits for the page it leads to. */
    public Chromium follow(String linkText) {
        WebElement link = find(By.xpath("//a[normalize-space()=" + literal(linkText) + "]"), "link '" + linkText + "'");
        if (!link.isDisplayed()) {
            // a link in a closed group of a navigation (<details>): a person opens the group first
            for (WebElement summary : link.findElements(By.xpath("ancestor::details[not(@open)]/summary"))) {
                summary.click();
            }
        }
        return clickAndWait(link);
    }

    // A click returns before the next page has replaced this one; reading the page then would read the old
    // one. The old page is marked, and the wait ends when a fully loaded page without the mark is there.
    // (Waiting for the old <html> element to go stale is not enough: Chromium sometimes answers with a
    // "node does not belong to the document" error instead of a stale-element one.)
    private Chromium clickAndWait(WebElement target) {
        return andWaitForTheNextPage(target::click);
    }

    /** Does what leads to another page (a click, a key) and waits until that page has replaced this one. */
    public Chromium andWaitForTheNextPage(Runnable action) {
        driver.executeScript("window.statcommonsPreviousPage = true;");
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(
                        d -> Boolean.TRUE.equals(
                                ((ChromeDriver) d)
                                        .executeScript(
                                                "return window.statcommonsPreviousPage === undefined && document.readyState === 'complete';")));
        return this;
    }

    /** The field a label points to: people find fields by their labels, and so does this test. */
    public WebElement field(String label) {
        WebElement labelElement =
                find(By.xpath("//label[normalize-space()=" + literal(label) + "]"), "field labelled '" + label + "'");
        return driver.findElement(By.id(labelElement.getDomAttribute("for")));
    }

    /**
     * Finds an element, or fails saying which page the browser was on and what it showed. An element not there at
     * once is waited for a little: the full suite once found a page just opened without a label its own failure
     * message then showed (FirstStepsBrowserIntegrationTests, 2026-12-06), the document being read a moment early.
     */
    private WebElement find(By by, String what) {
        try {
            return driver.findElement(by);
        } catch (NoSuchElementException notYet) {
            try {
                return new WebDriverWait(driver, Duration.ofSeconds(5))
                        .ignoring(NoSuchElementException.class)
                        .until(ready -> ready.findElement(by));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw missing(what, e);
            }
        }
    }

    private AssertionError missing(String what, RuntimeException e) {
        String shown = driver.findElements(By.tagName("main")).stream()
                .findFirst()
                .or(() -> driver.findElements(By.tagName("body")).stream().findFirst())
                .map(WebElement::getText)
                .orElse(driver.getPageSource());
        return new AssertionError("No " + what + " on " + driver.getCurrentUrl() + ", which shows:\n" + shown, e);
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** The visible text of the main landmark. */
    public String mainText() {
        return find(By.tagName("main"), "main landmark").getText();
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Saves the whole page, not only the part in the window, as target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", Math.min(height, 8000), "deviceScaleFactor", 1, "mobile", false));
        File shot;
        try {
            shot = driver.getScreenshotAs(OutputType.FILE);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        Path target = Path.of("target", "screenshots", name + ".png");
        try {
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }

    /** An XPath string literal for any text, including text with quotes. */
    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
