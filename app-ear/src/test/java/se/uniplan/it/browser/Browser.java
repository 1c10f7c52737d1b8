package se.uniplan.it.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.uniplan.it.DemoUser;
import se.uniplan.it.Deployments;

/**
 * Debian's headless Chromium driven by Selenium, the way a person uses UniPlan: log in through
 * the form, click, read. Also takes screenshots (target/screenshots) and runs axe-core on a page.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> ARGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--window-size=1366,900", "--lang=sv-SE");

    private final WebDriver driver;
    private final WebDriverWait wait;

    public Browser() {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments(ARGS);
            options.addArguments("--user-data-dir=" + Files.createTempDirectory("uniplan-chromium").toAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
            driver = new ChromeDriver(service, options);
            wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens a page of the application, e.g. {@code /units/index.xhtml}. */
    public Browser open(String path) {
        driver.get(Deployments.baseUrl() + path);
        return this;
    }

    /** Logs in through the login form and lands on the start page. */
    public Browser login(DemoUser user) {
        return login(user.username, DemoUser.PASSWORD);
    }

    public Browser login(String username, String password) {
        open("/index.xhtml");
        driver.findElement(By.id("j_username")).sendKeys(username);
        driver.findElement(By.id("j_password")).sendKeys(password);
        driver.findElement(By.id("loginButton")).click();
        wait.until(d -> ((JavascriptExecutor) d).executeScript("return document.readyState").equals("complete"));
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits for PrimeFaces' ajax queue to be empty. */
    public void awaitAjax() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /** Saves a PNG of the page as target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs axe-core on the current page and fails on any serious or critical violation. */
    @SuppressWarnings("unchecked")
    public void assertAccessible(String pageName) {
        try {
            String axe = Files.readString(Path.of(System.getProperty("axe.script")), StandardCharsets.UTF_8);
            JavascriptExecutor js = (JavascriptExecutor) driver;
            js.executeScript(axe);
            Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
                            + " help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))"
                            + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));");
            List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
            List<Map<String, Object>> serious = violations.stream()
                    .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))).toList();
            if (!serious.isEmpty()) {
                fail(pageName + " has serious accessibility violations:\n" + serious.stream()
                        .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " " + v.get("nodes"))
                        .collect(Collectors.joining("\n")));
            }
        } catch (IOException e) {
            throw new IllegalStateException("axe-core not found at " + System.getProperty("axe.script"), e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
