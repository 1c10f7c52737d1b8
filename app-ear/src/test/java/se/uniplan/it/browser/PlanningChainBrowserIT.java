package se.uniplan.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import se.uniplan.it.DemoUser;
import se.uniplan.it.Deployments;
import se.uniplan.it.WebSession;

/**
 * The whole approval chain as the people in it do it: the process administrator prepares and
 * opens a round for one department; the economist registers; the department head sends it back
 * with a comment, then approves at level 1 after a new registration; the dean approves from the
 * task list in bulk; the university approver reopens it (back to level 1), the dean approves
 * again, the approver records the board's decision and approves the university total. Along the
 * way: who is waiting on whom, the overdue deadline, the lock explained, the buttons each role
 * does and does not get, and the snapshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanningChainBrowserIT {

    private static final String DEPARTMENT = "Avdelningen för historia";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void aPlanClimbsTheChainIsSentBackReopenedAndApprovedAtUniversityLevel() {
        String label = "Prognos T3 2026 test " + System.currentTimeMillis() % 100_000;
        long planId;
        try (Browser admin = new Browser()) {
            admin.login(DemoUser.PROCESSANSVARIG).open("/rounds/index.xhtml");
            admin.assertAccessible("rounds/index");
            admin.screenshot("rounds-index");
            admin.choose("createForm:kind", "Prognos");
            admin.choose("createForm:year", "2026");
            date(admin, "createForm:registerBy_input", LocalDate.now().minusDays(1));
            admin.type(By.id("createForm:label"), label);
            admin.click(By.xpath("//label[normalize-space()='HS-HIS – " + DEPARTMENT + "']"));
            admin.click(By.id("createForm:create"));
            admin.awaitText("är förberedd");
            assertEquals(label, admin.heading());
            admin.click(By.id("roundForm:open"));
            admin.awaitText("Omgången " + label + " är öppen.");
            String board = admin.find(By.id("roundForm:board")).getText();
            assertTrue(board.contains("HS-HIS") && board.contains("Utkast") && board.contains("Ekonom"), board);
            assertTrue(board.contains("Försenad"), "yesterday's registration deadline shows as overdue: " + board);
            admin.assertAccessible("rounds/round");
            admin.screenshot("round-board");
            admin.click(By.id("roundForm:export"));
            assertTrue(exported(admin.awaitDownload(".xlsx")).contains("HS-HIS"), "the board in Excel names the department");
            String href = admin.find(By.linkText("HS-HIS")).getAttribute("href");
            planId = Long.parseLong(href.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        }

        try (Browser economist = new Browser()) {
            economist.login(DemoUser.EKONOM_HISTORIA).open("/tasks.xhtml");
            String tasks = economist.find(By.id("tasksForm:tasks")).getText();
            assertTrue(tasks.contains(label) && tasks.contains("Registrera"), tasks);
            economist.assertAccessible("tasks");
            economist.screenshot("tasks-economist");
            review(economist, planId);
            assertEquals("Utkast", state(economist));
            step(economist, "REGISTER");
            economist.awaitText("är registrerad");
            assertEquals("Registrerad", state(economist));
            assertTrue(economist.find(By.id("reviewForm")).getText().contains("Låst sedan"), "the lock is explained");
            assertTrue(economist.driver().findElements(By.cssSelector("button.step-APPROVE_1")).isEmpty(),
                    "an economist does not approve");

            // the registered plan is locked on every write path: the grid, the upload and REST
            economist.open("/plans/plan.xhtml?id=" + planId);
            assertEquals("false", economist.find(By.id("planGrid")).getAttribute("data-editable"));
            assertTrue(economist.find(By.id("planLock")).getText().startsWith("Låst: registrerad av ekonom.historia"),
                    economist.find(By.id("planLock")).getText());
            economist.screenshot("grid-locked");
            economist.open("/plans/upload.xhtml?id=" + planId);
            assertTrue(economist.find(By.id("locked")).getText().contains("Planen är låst"));
            assertTrue(economist.driver().findElements(By.cssSelector("input[type=file]")).isEmpty(), "no upload form");
            WebSession api = WebSession.login(DemoUser.EKONOM_HISTORIA);
            HttpResponse<String> put = api.putJson("/api/plans/" + planId + "/cells",
                    "[{\"activityId\":1014,\"accountId\":2000,\"period\":1,\"expected\":0,\"amount\":5000}]");
            assertEquals(422, put.statusCode(), put.body());
            assertTrue(put.body().contains("är låst"), put.body());
        }

        try (Browser head = new Browser()) {
            head.login(DemoUser.AVDCHEF_HISTORIA);
            review(head, planId);
            assertTrue(head.driver().findElements(By.cssSelector("button.step-REGISTER")).isEmpty());
            head.click(By.id("reviewForm:sendBack"));
            head.dialog("commentDlg");
            head.click(By.id("commentForm:confirmStep"));
            head.until(d -> !d.findElement(By.id("commentForm")).getText().isBlank()
                    && d.findElement(By.id("commentForm")).getText().contains("Kommentar"));
            assertEquals("Registrerad", state(head), "nothing happens without a comment");
            head.type(By.id("commentForm:comment"), "Lönekostnaderna saknar lönerevisionen.");
            head.click(By.id("commentForm:confirmStep"));
            head.awaitText("skickad tillbaka");
            assertEquals("Utkast", state(head));
            assertTrue(head.find(By.id("reviewForm:events")).getText().contains("Lönekostnaderna saknar lönerevisionen."));
            head.assertAccessible("plans/review");
            head.screenshot("review-sent-back");
        }

        try (Browser economist = new Browser()) {
            economist.login(DemoUser.EKONOM_HISTORIA);
            review(economist, planId);
            step(economist, "REGISTER");
            economist.awaitText("är registrerad");
        }
        try (Browser head = new Browser()) {
            head.login(DemoUser.AVDCHEF_HISTORIA);
            review(head, planId);
            step(head, "APPROVE_1");
            head.awaitText("godkänd på nivå 1");
            assertEquals("Godkänd nivå 1", state(head));
        }

        try (Browser dean = new Browser()) {
            dean.login(DemoUser.DEKAN_HS).open("/tasks.xhtml");
            dean.click(By.xpath("//tbody[@id='tasksForm:tasks_data']/tr[.//div[contains(.," + Browser.literal(label)
                    + ")]]//input[@type='checkbox']"));
            dean.screenshot("tasks-dean");
            dean.click(By.id("tasksForm:approveSelected"));
            dean.click(By.cssSelector("button.ui-confirmdialog-yes"));
            dean.awaitText("En plan är godkänd.");
            review(dean, planId);
            assertEquals("Godkänd nivå 2", state(dean));
        }

        try (Browser approver = new Browser()) {
            approver.login(DemoUser.GODKANNARE);
            review(approver, planId);
            approver.click(By.id("reviewForm:reopen"));
            String note = approver.dialog("commentDlg").getText();
            assertTrue(note.contains("Godkänd nivå 1"), "reopening says where the plan goes: " + note);
            approver.type(By.id("commentForm:comment"), "Ny ram från styrelsen; se över OH.");
            approver.click(By.id("commentForm:confirmStep"));
            approver.awaitText("återöppnad");
            assertEquals("Godkänd nivå 1", state(approver));
        }
        try (Browser dean = new Browser()) {
            dean.login(DemoUser.DEKAN_HS);
            review(dean, planId);
            step(dean, "APPROVE_2");
            dean.awaitText("godkänd på nivå 2");
        }

        try (Browser approver = new Browser()) {
            approver.login(DemoUser.GODKANNARE).open("/rounds/round.xhtml?id=" + roundIdOf(approver, planId));
            assertFalse(approver.find(By.id("roundForm:approveRound")).isEnabled(), "no final approval before the board");
            date(approver, "roundForm:boardDate_input", LocalDate.now());
            approver.type(By.id("roundForm:boardReference"), "US 2026/42");
            approver.click(By.id("roundForm:recordBoard"));
            approver.awaitText("Styrelsens beslut för " + label + " är registrerat.");
            approver.click(By.id("roundForm:approveRound"));
            approver.click(By.cssSelector("button.ui-confirmdialog-yes"));
            approver.awaitText("Universitetstotalen för " + label + " är godkänd.");
            assertTrue(approver.find(By.id("roundForm:board")).getText().contains("Godkänd universitetsnivå"));
            approver.screenshot("round-final");

            review(approver, planId);
            assertEquals("Godkänd universitetsnivå", state(approver));
            String snapshots = approver.find(By.id("reviewForm:snapshots")).getText();
            assertTrue(snapshots.contains("Godkänd universitetsnivå") && snapshots.contains("Registrerad"), snapshots);
            approver.click(By.cssSelector("button[id$=':compare']"));
            approver.awaitText("Planen är oförändrad sedan dess.");
            approver.screenshot("review-final");
        }
    }

    /** The text of every cell of the first sheet of an exported workbook. */
    private static String exported(java.nio.file.Path file) {
        try (org.apache.poi.ss.usermodel.Workbook book = org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile())) {
            StringBuilder text = new StringBuilder();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(cell.toString()).append(' ')));
            return text.toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void review(Browser browser, long planId) {
        browser.open("/plans/review.xhtml?id=" + planId);
        browser.find(By.id("planState"));
    }

    private static String state(Browser browser) {
        return browser.find(By.id("planState")).getText().strip();
    }

    private static void step(Browser browser, String action) {
        browser.click(By.cssSelector("button.step-" + action));
        browser.click(By.cssSelector("button.ui-confirmdialog-yes"));
    }

    /** Fills a date field as a typed, complete date; the picker's pop-up is not what is tested. */
    private static void date(Browser browser, String inputId, LocalDate day) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                inputId, day.toString());
    }

    private static String roundIdOf(Browser browser, long planId) {
        review(browser, planId);
        String href = browser.find(By.xpath("//ol[@class='breadcrumb']/li[2]/a")).getAttribute("href");
        return href.replaceAll(".*[?&]id=(\\d+).*", "$1");
    }
}
