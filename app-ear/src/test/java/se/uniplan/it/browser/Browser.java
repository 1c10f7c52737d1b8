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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
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

    private static final int MAX_SCREENSHOT_HEIGHT = 4000;
    private static final AtomicInteger TIMEOUTS = new AtomicInteger();

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path downloads;

    public Browser() {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments(ARGS);
            options.addArguments("--user-data-dir=" + Files.createTempDirectory("uniplan-chromium").toAbsolutePath());
            downloads = Files.createTempDirectory("uniplan-downloads");
            options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
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

    /**
     * Waits for a file the browser downloads (for example an Excel export) and returns it.
     *
     * @param suffix the file's ending, such as {@code .xlsx}
     */
    public Path awaitDownload(String suffix) {
        return until(d -> {
            try (java.util.stream.Stream<Path> files = Files.list(downloads)) {
                // Chromium may create the file empty before it writes it (beside a .crdownload): wait for content
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).filter(Browser::written)
                        .findFirst().orElse(null);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static boolean written(Path file) {
        try {
            return Files.size(file) > 0 && !Files.exists(file.resolveSibling(file.getFileName() + ".crdownload"));
        } catch (IOException e) {
            return false;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public WebElement find(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits for a condition; when it times out, leaves a screenshot (timeout-N.png) and puts the
     * page's address and text into the failure, so that a failed run shows what the page showed.
     */
    public <T> T until(Function<WebDriver, T> condition) {
        try {
            return wait.until(condition);
        } catch (TimeoutException e) {
            Path shot = screenshot("timeout-" + TIMEOUTS.incrementAndGet());
            throw new TimeoutException(e.getMessage() + "\n  at " + driver.getCurrentUrl() + " (" + shot.getFileName()
                    + ")\n  page text: " + text(), e);
        }
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The language the page says it is in: the {@code lang} attribute of {@code <html>}. */
    public String lang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** The texts of the links in the main navigation, in order. */
    public List<String> navLinks() {
        return driver.findElements(By.cssSelector("header nav a")).stream().map(WebElement::getText).toList();
    }

    /** Clicks what a person would click and waits until the page has settled (ajax or full load). */
    public Browser click(By by) {
        until(ExpectedConditions.elementToBeClickable(by)).click();
        awaitReady();
        return this;
    }

    /** Replaces the text of an input field, as a person selecting all and typing would. */
    public Browser type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Picks {@code label} in a PrimeFaces selectOneMenu by opening it and clicking the item. */
    public Browser choose(String menuClientId, String label) {
        click(By.id(menuClientId));
        By item = By.xpath("//div[@id='" + menuClientId + "_panel']//li[normalize-space()=" + literal(label) + "]");
        click(item);
        until(d -> label.equals(d.findElement(By.id(menuClientId + "_label")).getText().strip()));
        return this;
    }

    /** Waits until a dialog (its client id) is shown. */
    public WebElement dialog(String clientId) {
        return until(ExpectedConditions.visibilityOfElementLocated(By.id(clientId)));
    }

    /** Waits until the text appears somewhere on the page and returns the page's text. */
    public String awaitText(String text) {
        until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        return text();
    }

    /** The text of the page's message area (confirmations and business errors). */
    public String messages() {
        return driver.findElement(By.id("messages")).getText();
    }

    /** Waits for the document to be loaded and for PrimeFaces' ajax queue to be empty. */
    public void awaitReady() {
        until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        awaitAjax();
    }

    /** An XPath string literal for any text, quotes included. */
    public static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    /** Waits for PrimeFaces' ajax queue to be empty. */
    public void awaitAjax() {
        until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /**
     * Saves a PNG of the whole page as target/screenshots/{name}.png: the window is made as tall
     * as the page for the picture, so that what lies below the fold is seen too.
     */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Dimension window = driver.manage().window().getSize();
            JavascriptExecutor js = (JavascriptExecutor) driver;
            long page = ((Number) js.executeScript("return document.documentElement.scrollHeight;")).longValue();
            long viewport = ((Number) js.executeScript("return window.innerHeight;")).longValue();
            boolean taller = page > viewport;
            if (taller) {
                int height = (int) Math.min(MAX_SCREENSHOT_HEIGHT, page + window.getHeight() - viewport);
                driver.manage().window().setSize(new Dimension(window.getWidth(), height));
            }
            try {
                Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            } finally {
                if (taller) {
                    driver.manage().window().setSize(window);
                }
            }
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
