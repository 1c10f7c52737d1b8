package se.uniplan.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.uniplan.it.DemoUser;
import se.uniplan.it.Deployments;

/**
 * A controller's morning: open Uppföljning, drill from the university through a faculty, a
 * department and an activity to an account and read the transactions behind it; the figures agree
 * from level to level, the chart is drawn, the variance colours carry a word, each table downloads
 * as xlsx, the address can be shared, and the breadcrumb leads back up.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FollowUpBrowserIT {

    private static final String REFUSED = "Åtkomst nekad";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void fromTheUniversityToATransactionAndBack() {
        try (Browser browser = new Browser()) {
            browser.login(DemoUser.GODKANNARE);
            browser.click(By.linkText("Uppföljning"));
            assertEquals("Uppföljning", browser.heading());
            assertTrue(browser.find(By.id("basis")).getText().contains("Budget 2026"), browser.find(By.id("basis")).getText());
            assertTrue(browser.find(By.id("basis")).getText().contains("Prognos: Prognos"), "the newest forecast of 2026");
            chartIsDrawn(browser);
            browser.screenshot("followup-university");
            browser.assertAccessible("followup university");

            String hsResult = cell(browser, "HS", 1);
            browser.click(By.partialLinkText("Fakulteten för humaniora och samhällsvetenskap"));
            assertEquals(hsResult, totalResult(browser), "the faculty's total is its row at the university");
            assertTrue(browser.find(By.id("path")).getText().contains("Norrskogs universitet"));
            browser.screenshot("followup-faculty");

            String historyResult = cell(browser, "HS-HIS", 1);
            browser.click(By.partialLinkText("Avdelningen för historia"));
            assertEquals(historyResult, totalResult(browser));
            assertTrue(rowsText(browser).contains("Ej kopplat till verksamhet"), rowsText(browser));
            browser.screenshot("followup-department");

            browser.click(By.partialLinkText("Grundutbildning historia"));
            assertTrue(rowsText(browser).contains("Löner lärare och forskare"), rowsText(browser));
            String salaries = cell(browser, "4011", 1);
            browser.screenshot("followup-activity");

            browser.click(By.partialLinkText("Löner lärare och forskare"));
            String transactions = browser.find(By.id("transactions")).getText();
            assertTrue(transactions.contains("LON-2026-"), transactions);
            assertTrue(transactions.contains("2026-01-25"), transactions);
            assertTrue(transactions.contains("Lön lärare och forskare januari"), transactions);
            assertTrue(browser.find(By.id("transactionCount")).getText().contains("Visar 10 av 10"));
            assertEquals(salaries, accountTotal(browser), "the account's figure at the activity is its total here");
            String sum = browser.find(By.cssSelector("#transactions tfoot")).getText();
            assertEquals(digits(salaries), Math.round(ore(sum) / 100_000.0), "the transactions add up to " + salaries + " tkr: " + sum);
            chartIsDrawn(browser);
            browser.screenshot("followup-transactions");
            browser.assertAccessible("followup transactions");

            String address = browser.driver().getCurrentUrl();
            assertTrue(address.contains("account=4011") && address.contains("activity=1014"), address);
            browser.click(By.id("exportTransactions"));
            Path file = browser.awaitDownload(".xlsx");
            assertTrue(exported(file).contains("Lön lärare och forskare januari"), "the xlsx holds the transactions");

            browser.click(By.linkText("Avdelningen för historia"));
            assertEquals(historyResult, totalResult(browser), "the breadcrumb leads back to the department");
        }
    }

    @Test
    void theChoicesChangeThePeriodAndTheAddressOpensTheSameLevel() {
        try (Browser browser = new Browser()) {
            browser.login(DemoUser.DEKAN_NT);
            browser.open("/followup/index.xhtml");
            assertTrue(browser.find(By.id("path")).getText().contains("Fakulteten för naturvetenskap och teknik"),
                    "a dean starts at the own faculty");
            String yearToDate = totalResult(browser);
            browser.choose("choose:view", "Månad");
            browser.choose("choose:month", "2026 mar");
            browser.click(By.id("choose:show"));
            assertTrue(browser.driver().getCurrentUrl().contains("view=MONTH"), browser.driver().getCurrentUrl());
            assertTrue(browser.driver().getCurrentUrl().contains("month=3"), browser.driver().getCurrentUrl());
            assertFalse(yearToDate.equals(totalResult(browser)), "one month is not the year to date");
            browser.screenshot("followup-dean-march");

            browser.open("/followup/index.xhtml?year=2026&unit=100&activity=1002&view=YEAR_TO_DATE&month=10");
            WebElement travel = browser.find(By.xpath("//tbody[@id='rows_data']/tr[td[1][contains(.,'5510')]]/td[4]"));
            assertTrue(travel.getAttribute("class").contains("level-ALERT"), travel.getAttribute("class"));
            assertTrue(travel.getText().contains("stor avvikelse") || travel.findElement(By.cssSelector(".visually-hidden"))
                    .getAttribute("textContent").contains("stor avvikelse"), "the level is told in words too");
            browser.screenshot("followup-physics-research");

            browser.open("/followup/index.xhtml?year=2026&unit=" + DemoUser.DemoUnits.HISTORY);
            assertEquals(REFUSED, browser.heading(), "another faculty's department is refused");
        }
    }

    /**
     * The forecast proposal from the plan grid's copy menu: a new forecast round for history, the
     * economist picks "Utfall hittills + budget för resten av året", and the plan then holds the
     * ledger's actuals (whole kronor) for January to October and Budget 2026's figures after.
     */
    @Test
    void aForecastStartsFromActualsToDateAndTheBudgetForTheRest() {
        String label = "Prognos T3 2026 utfall " + System.currentTimeMillis() % 100_000;
        long planId;
        try (Browser admin = new Browser()) {
            admin.login(DemoUser.PROCESSANSVARIG).open("/rounds/index.xhtml");
            admin.choose("createForm:kind", "Prognos");
            admin.choose("createForm:year", "2026");
            admin.type(By.id("createForm:label"), label);
            admin.click(By.xpath("//label[normalize-space()='HS-HIS – Avdelningen för historia']"));
            admin.click(By.id("createForm:create"));
            admin.awaitText("är förberedd");
            admin.click(By.id("roundForm:open"));
            admin.awaitText("är öppen");
            String href = admin.find(By.linkText("HS-HIS")).getAttribute("href");
            planId = Long.parseLong(href.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        }
        try (Browser economist = new Browser()) {
            economist.login(DemoUser.EKONOM_HISTORIA).open("/plans/plan.xhtml?id=" + planId);
            economist.until(d -> "false".equals(d.findElement(By.id("planGrid")).getAttribute("aria-busy")));
            economist.click(By.id("copyButton"));
            economist.dialog("copyDialog");
            new org.openqa.selenium.support.ui.Select(economist.find(By.id("copySource")))
                    .selectByVisibleText("Utfall hittills + budget för resten av året");
            economist.screenshot("followup-proposal-dialog");
            economist.click(By.id("copyConfirm"));
            economist.awaitText("Kopierat:");
            economist.screenshot("followup-proposal-grid");
        }
        java.util.Map<String, Long> cells = cells(se.uniplan.it.WebSession.login(DemoUser.EKONOM_HISTORIA), planId);
        long salaryJanuary = se.uniplan.it.DemoLedger.lines().stream()
                .filter(l -> l.period() == 202601 && "4011".equals(l.account()) && Long.valueOf(1014).equals(l.activity()))
                .mapToLong(se.uniplan.it.DemoLedger.Line::amount).sum();
        assertEquals(Math.round(salaryJanuary / 100.0), cells.get("1014/2008/1"), "January's salaries are the ledger's");
        java.util.Map<String, Long> budget = cells(se.uniplan.it.WebSession.login(DemoUser.EKONOM_HISTORIA), 7104);
        assertEquals(budget.get("1014/2008/11"), cells.get("1014/2008/11"), "November's salaries are the budget's");
        assertEquals(budget.get("1014/2008/12"), cells.get("1014/2008/12"));
        assertFalse(budget.get("1014/2008/1").equals(cells.get("1014/2008/1")), "January differs from the budget");
    }

    /** A plan's non-zero figures by "activity/account/month", from the grid API. */
    private static java.util.Map<String, Long> cells(se.uniplan.it.WebSession session, long planId) {
        java.net.http.HttpResponse<String> grid = session.getJson("/api/plans/" + planId + "/grid", "sv");
        assertEquals(200, grid.statusCode(), grid.body());
        java.util.Map<String, Long> cells = new java.util.HashMap<>();
        for (Object cell : se.uniplan.it.MiniJson.list(se.uniplan.it.MiniJson.object(se.uniplan.it.MiniJson.parse(grid.body())).get("cells"))) {
            List<Object> c = se.uniplan.it.MiniJson.list(cell);
            cells.put(c.get(0) + "/" + c.get(1) + "/" + c.get(2), ((java.math.BigDecimal) c.get(3)).longValueExact());
        }
        return cells;
    }

    private static void chartIsDrawn(Browser browser) {
        browser.until(d -> !d.findElements(By.cssSelector("#chart canvas")).isEmpty());
        List<WebElement> canvas = browser.driver().findElements(By.cssSelector("#chart canvas"));
        assertTrue(canvas.get(0).getSize().getHeight() > 100, "the chart has a height");
    }

    /** The text of column {@code column} (0: name) of the row whose name starts with {@code code}. */
    private static String cell(Browser browser, String code, int column) {
        return browser.find(By.xpath("//tbody[@id='rows_data']/tr[td[1][starts-with(normalize-space(.), '" + code + " ')]]/td["
                + (column + 1) + "]")).getText().strip();
    }

    private static String rowsText(Browser browser) {
        return browser.find(By.id("rows")).getText();
    }

    private static String totalResult(Browser browser) {
        return browser.find(By.xpath("//tbody[@id='totals_data']/tr[3]/td[2]")).getText().strip();
    }

    /** At an account, the one total: the account's own (cost or revenue). */
    private static String accountTotal(Browser browser) {
        assertEquals(1, browser.driver().findElements(By.xpath("//tbody[@id='totals_data']/tr")).size(),
                "an account shows its own total only");
        return browser.find(By.xpath("//tbody[@id='totals_data']/tr[1]/td[2]")).getText().strip();
    }

    /** A whole amount as the page writes it, "1 234" or "−1 234". */
    private static long digits(String text) {
        long value = Long.parseLong(text.replaceAll("[^0-9]", ""));
        return text.strip().startsWith("\u2212") || text.strip().startsWith("-") ? -value : value;
    }

    /** The amount in kronor and öre in a text, "… 1 234 567,89", in öre. */
    private static long ore(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([\u2212-]?[0-9][0-9 \u00a0]*,[0-9]{2})").matcher(text);
        assertTrue(m.find(), "an amount in " + text);
        return digits(m.group(1));
    }

    private static String exported(Path file) {
        try (org.apache.poi.ss.usermodel.Workbook book = org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile())) {
            StringBuilder text = new StringBuilder();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(cell.toString()).append(' ')));
            return text.toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
