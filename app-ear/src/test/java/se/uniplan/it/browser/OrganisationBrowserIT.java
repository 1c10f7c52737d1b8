package se.uniplan.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * The system administrator maintains the organisation tree and a person's roles in a real
 * browser: create, rename, move, deactivate, history and audit trail, a refused empty name, a
 * stale edit from a second session, and assigning and removing a role.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationBrowserIT {

    private static final String FACULTY_HS = "Fakulteten för humaniora och samhällsvetenskap";
    private static final String FACULTY_NT = "Fakulteten för naturvetenskap och teknik";
    private static final String ORGANISATION = "/admin/organisation.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void aNewDepartmentIsCreatedRenamedMovedDeactivatedAndLogged() {
        String code = uniqueCode("BT");
        String name = "Avdelningen för bruksteknik " + code;
        String renamed = "Avdelningen för tillämpad bruksteknik " + code;
        try (Browser browser = new Browser()) {
            browser.login(DemoUser.SYSTEMANSVARIG).open(ORGANISATION);

            createDepartment(browser, FACULTY_HS, code, name);
            assertEquals(rowKey(browser, FACULTY_HS), parentRowKey(browser, name), "created under the HS faculty");

            rename(browser, name, renamed);
            assertTrue(browser.messages().contains("Enheten har bytt namn."), browser.messages());
            assertTrue(unitNames(browser).contains(renamed));
            assertFalse(unitNames(browser).contains(name));

            browser.click(action("Flytta", renamed));
            browser.dialog("moveDlg");
            browser.choose("moveForm:parent", FACULTY_NT);
            browser.click(By.id("moveForm:save"));
            browser.awaitText("Enheten har flyttats.");
            assertEquals(rowKey(browser, FACULTY_NT), parentRowKey(browser, renamed), "now under the NT faculty");

            browser.click(action("Inaktivera", renamed));
            browser.awaitText("Enheten har inaktiverats.");
            assertTrue(row(browser, renamed).getText().contains("Inaktiv"), row(browser, renamed).getText());
            assertTrue(browser.driver().findElements(action("Aktivera", renamed)).size() == 1, "can be activated again");

            browser.click(action("Historik", renamed));
            browser.dialog("historyDlg");
            assertTrue(browser.find(By.id("historyDlg")).getText().contains(renamed), "the dialog names the unit");
            Map<String, List<String>> history = changes(browser, "historyForm:history");
            assertTrue(history.get("Skapad").get(1).contains(name), history.toString());
            assertEquals(List.of(name, renamed), history.get("Namnbyte"), history.toString());
            assertEquals(List.of("HS " + FACULTY_HS, "NT " + FACULTY_NT), history.get("Flyttad"), history.toString());
            assertEquals(List.of("Aktiv", "Inaktiv"), history.get("Inaktiverad"), history.toString());
            browser.screenshot("organisation-history-dialog");

            browser.open("/admin/audit.xhtml");
            browser.type(By.id("auditForm:text"), code);
            browser.click(By.id("auditForm:search"));
            Map<String, List<String>> audit = changes(browser, "auditForm:entries");
            assertEquals(List.of(name, renamed), audit.get("Namnbyte"), audit.toString());
        }
    }

    @Test
    void anEmptyNameIsRefusedAtTheField() {
        try (Browser browser = new Browser()) {
            browser.login(DemoUser.SYSTEMANSVARIG).open(ORGANISATION);
            browser.click(action("Byt namn", FACULTY_HS));
            WebElement dialog = browser.dialog("renameDlg");

            browser.type(By.id("renameForm:name"), "");
            browser.click(By.id("renameForm:save"));

            WebElement fieldMessage = browser.find(By.cssSelector("#renameDlg .ui-message-error"));
            assertEquals("Namn: ett värde krävs.", fieldMessage.getText().strip());
            assertTrue(dialog.isDisplayed(), "the dialog stays open for a correction");
            assertEquals("true", browser.find(By.id("renameForm:name")).getAttribute("aria-invalid"));
            assertEquals("Organisation", browser.heading());
            browser.screenshot("organisation-rename-empty-name");

            browser.click(By.id("renameForm:cancel"));
            assertTrue(unitNames(browser).contains(FACULTY_HS), "nothing was renamed");
        }
    }

    @Test
    void aStaleRenameIsRefusedAndTheOtherSessionsNameStays() {
        String code = uniqueCode("ST");
        String name = "Avdelningen för samtidighet " + code;
        String theirs = "Avdelningen för samtidighet, deras namn " + code;
        String mine = "Avdelningen för samtidighet, mitt namn " + code;
        try (Browser first = new Browser(); Browser second = new Browser()) {
            first.login(DemoUser.SYSTEMANSVARIG).open(ORGANISATION);
            createDepartment(first, FACULTY_HS, code, name);
            first.click(action("Byt namn", name));
            first.dialog("renameDlg");

            second.login(DemoUser.SYSTEMANSVARIG).open(ORGANISATION);
            rename(second, name, theirs);
            assertTrue(second.messages().contains("Enheten har bytt namn."), second.messages());

            first.type(By.id("renameForm:name"), mine);
            first.click(By.id("renameForm:save"));
            first.awaitText("Någon annan har ändrat");
            assertTrue(first.messages().contains("Din ändring sparades inte."), first.messages());
            first.screenshot("organisation-concurrent-edit");
            List<String> names = unitNames(first);
            assertTrue(names.contains(theirs), names.toString());
            assertFalse(names.contains(mine), names.toString());
        }
    }

    @Test
    void aRoleIsAssignedToAPersonAndRemovedAfterConfirmation() {
        String psychology = "Avdelningen för psykologi";
        try (Browser browser = new Browser()) {
            browser.login(DemoUser.SYSTEMANSVARIG).open("/admin/person.xhtml?id=4010");
            assertEquals("Emma Dahlgren", browser.heading());
            assertTrue(assignments(browser).contains("Ekonom | Avdelningen för historia"), assignments(browser).toString());
            assertFalse(assignments(browser).contains("Ekonom | " + psychology), "left over from an earlier run");

            browser.choose("rolesForm:planningRole", "Ekonom");
            browser.choose("rolesForm:unit", psychology);
            browser.click(By.id("rolesForm:assignPlanning"));
            browser.awaitText("Rollen har tilldelats.");
            assertTrue(assignments(browser).contains("Ekonom | " + psychology), assignments(browser).toString());
            browser.screenshot("person-role-assigned");

            browser.click(By.xpath("//button[@aria-label=" + Browser.literal("Ta bort Ekonom " + psychology) + "]"));
            WebElement confirm = browser.find(By.cssSelector(".ui-confirm-dialog"));
            assertTrue(confirm.getText().contains("Vill du ta bort rollen?"), confirm.getText());
            browser.screenshot("person-role-confirm");
            browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
            browser.awaitText("Rollen har tagits bort.");
            assertFalse(assignments(browser).contains("Ekonom | " + psychology), assignments(browser).toString());
            assertTrue(assignments(browser).contains("Ekonom | Avdelningen för historia"), assignments(browser).toString());
        }
    }

    /** A unit code no earlier run has used. */
    private static String uniqueCode(String prefix) {
        return prefix + "-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    }

    private static void createDepartment(Browser browser, String parent, String code, String name) {
        browser.click(action("Ny underenhet", parent));
        browser.dialog("createDlg");
        browser.type(By.id("createForm:code"), code);
        browser.type(By.id("createForm:name"), name);
        assertEquals("Avdelning", browser.find(By.id("createForm:kind_label")).getText());
        browser.click(By.id("createForm:save"));
        browser.awaitText("Enheten har skapats.");
        assertTrue(unitNames(browser).contains(name), unitNames(browser).toString());
    }

    private static void rename(Browser browser, String from, String to) {
        browser.click(action("Byt namn", from));
        browser.dialog("renameDlg");
        assertEquals(from, browser.find(By.id("renameForm:name")).getAttribute("value"));
        browser.type(By.id("renameForm:name"), to);
        browser.click(By.id("renameForm:save"));
        browser.awaitText(to);
    }

    /** A row's action button, found as a screen reader user finds it: by its accessible name. */
    private static By action(String label, String unitName) {
        return By.xpath("//button[@aria-label=" + Browser.literal(label + " " + unitName) + "]");
    }

    private static List<String> unitNames(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#orgForm\\:tree .unit-name")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    private static WebElement row(Browser browser, String unitName) {
        return browser.find(By.xpath("//tbody[@id='orgForm:tree_data']/tr[.//span[contains(@class,'unit-name') and normalize-space()="
                + Browser.literal(unitName) + "]]"));
    }

    private static String rowKey(Browser browser, String unitName) {
        return row(browser, unitName).getAttribute("data-rk");
    }

    private static String parentRowKey(Browser browser, String unitName) {
        return row(browser, unitName).getAttribute("data-prk");
    }

    /** An audit table as change → [before, after], newest entry per change; columns found by their headings. */
    private static Map<String, List<String>> changes(Browser browser, String tableId) {
        WebElement table = browser.find(By.id(tableId));
        List<String> headings = table.findElements(By.cssSelector("thead th")).stream().map(th -> th.getText().strip()).toList();
        int change = headings.indexOf("Ändring");
        int before = headings.indexOf("Före");
        int after = headings.indexOf("Efter");
        assertTrue(change >= 0 && before >= 0 && after >= 0, headings.toString());
        return table.findElements(By.cssSelector("[id='" + tableId + "_data'] > tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream().map(td -> td.getText().strip()).toList())
                .filter(cells -> cells.size() == headings.size())
                .collect(Collectors.toMap(cells -> cells.get(change), cells -> List.of(cells.get(before), cells.get(after)),
                        (newer, older) -> newer));
    }

    /** The person's roles as "role | for" lines. */
    private static List<String> assignments(Browser browser) {
        browser.find(By.id("rolesForm:assignments"));
        return browser.driver().findElements(By.cssSelector("[id='rolesForm:assignments_data'] > tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")))
                .filter(cells -> cells.size() == 4)
                .map(cells -> cells.get(0).getText().strip() + " | " + cells.get(1).getText().strip())
                .toList();
    }
}
