package se.uniplan.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import se.uniplan.it.DemoUser;
import se.uniplan.it.Deployments;

/**
 * The economist at the plan grid with the keyboard: types figures, Tab and Enter save and move,
 * a block pasted from Excel is saved in one go, a cell's history and a comment are one click
 * away; after a reload everything is still there. A registered plan is read-only and says why.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanGridBrowserIT {

    /** HS-HIS-90 "Gemensamt avdelning" in HS-HIS's draft of Budget 2027 (plan 7114). */
    private static final String PLAN = "/plans/plan.xhtml?id=7114";
    private static final long COMMON = 1016;
    private static final long TRAVEL = 2013;
    private static final long CONSULTANTS = 2014;
    private static final long SUPPLIES = 2015;
    private static final long OTHER_STAFF = 2011;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void anEconomistTypesPastesAndCommentsWithTheKeyboard() {
        try (Browser browser = new Browser()) {
            browser.login(DemoUser.EKONOM_HISTORIA);
            open(browser, PLAN);
            assertTrue(browser.heading().contains("Budget 2027") && browser.heading().contains("Avdelningen för historia"),
                    browser.heading());
            assertTrue(browser.text().contains("Utkast"), "the state badge");
            assertTrue(browser.find(By.id("totalResult")).getText().endsWith("kr"));
            browser.screenshot("plan-grid");
            browser.assertAccessible("plans/plan.xhtml");

            // type, Tab, type, Enter: two figures saved, the active cell moved right and then down
            cell(browser, COMMON, SUPPLIES, 3).click();
            keys(browser, "12 500");
            keys(browser, Keys.TAB);
            keys(browser, "-5 000");
            keys(browser, Keys.ENTER);
            awaitSaved(browser);
            assertTrue(browser.find(By.id("activeCell")).getText().contains("5810"), "moved down a row after Enter");

            // Excel: a 2 × 3 block with Swedish numbers, pasted at the active cell, saved in one PUT
            cell(browser, COMMON, TRAVEL, 1).click();
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "const dt = new DataTransfer(); dt.setData('text/plain', arguments[0]);"
                            + "document.getElementById('planGrid').dispatchEvent(new ClipboardEvent('paste',"
                            + " {clipboardData: dt, bubbles: true, cancelable: true}));",
                    "1 000\t2\u00a0000\t3000\n4 000,50\t5000\t-6 000\r\n");
            browser.awaitText("Inklistrat och sparat: 6 celler");
            awaitSaved(browser);

            browser.driver().navigate().refresh();
            open(browser, null);
            assertEquals("12 500", text(cell(browser, COMMON, SUPPLIES, 3)));
            assertEquals("-5 000", text(cell(browser, COMMON, SUPPLIES, 4)));
            assertEquals("1 000", text(cell(browser, COMMON, TRAVEL, 1)));
            assertEquals("3 000", text(cell(browser, COMMON, TRAVEL, 3)));
            assertEquals("4 001", text(cell(browser, COMMON, CONSULTANTS, 1)));
            assertEquals("-6 000", text(cell(browser, COMMON, CONSULTANTS, 3)));

            // the history of a cell: who, when, old → new, path
            cell(browser, COMMON, SUPPLIES, 3).click();
            browser.click(By.id("historyButton"));
            WebElement history = browser.dialog("historyDialog");
            browser.until(d -> history.getText().contains("ekonom.historia"));
            assertTrue(history.getText().contains("12 500") && history.getText().contains("Grid"), history.getText());
            browser.screenshot("plan-grid-history");
            browser.assertAccessible("plans/plan.xhtml with the history");
            history.findElement(By.cssSelector("form[method=dialog] button")).click();

            // a comment on the cell: listed in the side panel, marked in the grid
            new Actions(browser.driver()).keyDown(Keys.ALT).sendKeys("k").keyUp(Keys.ALT).perform();
            browser.find(By.id("commentText")).sendKeys("Nya skrivare i mars");
            browser.click(By.id("commentAdd"));
            browser.until(d -> d.findElement(By.id("commentList")).getText().contains("Nya skrivare i mars"));
            assertTrue(cell(browser, COMMON, SUPPLIES, 3).getAttribute("class").contains("has-comment"));
            browser.screenshot("plan-grid-comment");
            browser.assertAccessible("plans/plan.xhtml with comments");
            browser.click(By.id("commentClose"));

            // a year total typed in the year column is spread evenly over the months
            cell(browser, COMMON, OTHER_STAFF, 13).click();
            keys(browser, "12000");
            browser.dialog("spreadDialog");
            assertEquals("12000", browser.find(By.id("spreadTotal")).getAttribute("value"));
            browser.screenshot("plan-grid-spread");
            browser.assertAccessible("plans/plan.xhtml with the spread dialog");
            keys(browser, Keys.ENTER);
            browser.awaitText("Fördelat på månaderna.");
            assertEquals("1 000", text(cell(browser, COMMON, OTHER_STAFF, 1)));
            assertEquals("1 000", text(cell(browser, COMMON, OTHER_STAFF, 12)));
            assertEquals("12 000", text(cell(browser, COMMON, OTHER_STAFF, 13)));

            // starting from a copy says what it replaces, and replaces it
            browser.click(By.id("copyButton"));
            WebElement copy = browser.dialog("copyDialog");
            assertTrue(copy.getText().contains("Budget 2026") && copy.getText().contains("Prognos T2 2026")
                    && copy.getText().contains("Alla siffror i planen ersätts"), copy.getText());
            browser.screenshot("plan-grid-copy");
            browser.assertAccessible("plans/plan.xhtml with the copy dialog");
            browser.click(By.id("copyConfirm"));
            browser.awaitText("Kopierat:");
            assertEquals("", text(cell(browser, COMMON, OTHER_STAFF, 1)), "last year's budget had nothing there");
        }
    }

    @Test
    void aRegisteredPlanIsReadOnlyAndSaysWhy() {
        try (Browser browser = new Browser()) {
            browser.login(DemoUser.DEKAN_HS);
            open(browser, "/plans/plan.xhtml?id=7115");
            String lock = browser.find(By.id("planLock")).getText();
            assertTrue(lock.startsWith("Låst: registrerad av godkannare den 2026-11-18"), lock);
            assertEquals("true", browser.find(By.id("planGrid")).getAttribute("aria-readonly"));
            assertTrue(browser.driver().findElements(By.id("copyButton")).isEmpty(), "no copy on a locked plan");

            WebElement first = browser.find(By.cssSelector("#planGrid tbody tr[data-k] td"));
            String before = first.getText();
            first.click();
            keys(browser, "9");
            browser.awaitText("Planen kan inte ändras.");
            assertFalse(browser.find(By.id("planGrid")).findElements(By.cssSelector(".saving")).size() > 0);
            assertFalse(browser.driver().findElement(By.id("cellEditor")).isDisplayed(), "no editor on a locked plan");
            assertEquals(before, first.getText());
            browser.screenshot("plan-grid-locked");
            browser.assertAccessible("plans/plan.xhtml, locked");
        }
    }

    private static void open(Browser browser, String path) {
        if (path != null) {
            browser.open(path);
        }
        browser.until(d -> "true".equals(d.findElement(By.id("planGrid")).getAttribute("data-ready")));
    }

    /** A cell of the grid, scrolled to: the grid draws an activity's rows as they come near the view. */
    private static WebElement cell(Browser browser, long activity, long account, int period) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelector(\"#planGrid tbody[data-a='\" + arguments[0] + \"']\").scrollIntoView();", activity);
        return browser.find(By.cssSelector("#planGrid tbody[data-a='" + activity + "'] tr[data-k='" + account
                + "'] td:nth-of-type(" + period + ")"));
    }

    private static void keys(Browser browser, CharSequence keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private static void awaitSaved(Browser browser) {
        browser.until(d -> d.findElements(By.cssSelector("#planGrid td.saving")).isEmpty()
                && d.findElement(By.id("gridError")).getText().isEmpty()
                && d.findElement(By.id("gridStatus")).getText().startsWith("Sparat")
                || d.findElement(By.id("gridStatus")).getText().startsWith("Inklistrat"));
        assertEquals("", browser.driver().findElement(By.id("gridError")).getText(), "no save failed");
    }

    private static String text(WebElement cell) {
        return cell.getText().replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2212', '-');
    }
}
