package se.uniplan.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import se.uniplan.it.DemoUser;
import se.uniplan.it.Deployments;

/**
 * Logging in and out in a real browser, and what each kind of user sees and may not see: the
 * economist of one department, a dean, IT and the system administrator.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginBrowserIT {

    /** What only the system administrator (and IT, for integrations) finds in the navigation. */
    private static final List<String> ADMIN_LINKS = List.of("Organisation", "Personer", "Roller", "Styrning", "Logg");
    private static final String INTEGRATIONS = "Integrationer";
    private static final String HISTORY = "Avdelningen för historia";
    private static final String FACULTY_NT = "Fakulteten för naturvetenskap och teknik";
    private static final List<String> NT_DEPARTMENTS = List.of("Avdelningen för fysik", "Avdelningen för kemi",
            "Avdelningen för datavetenskap", "Avdelningen för matematik");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void aWrongPasswordIsRefusedInSwedishOnTheLoginPage() {
        try (Browser browser = new Browser()) {
            browser.login(DemoUser.EKONOM_HISTORIA.username, "not-the-password");

            assertTrue(browser.text().contains("Fel användarnamn eller lösenord. Försök igen."), browser.text());
            assertEquals("Logga in", browser.heading());
            assertTrue(browser.find(By.id("j_username")).isDisplayed());
            assertTrue(browser.find(By.id("j_password")).isDisplayed());
            assertEquals("sv", browser.lang());
        }
    }

    @Test
    void theLoginPageSwitchesToEnglishAndBack() {
        try (Browser browser = new Browser()) {
            browser.open("/index.xhtml");
            assertEquals("sv", browser.lang());
            assertEquals("Logga in", browser.heading());

            browser.click(By.linkText("English"));
            browser.awaitText("Log in with your username and password.");
            assertEquals("en", browser.lang());
            assertEquals("Log in", browser.heading());
            assertEquals("Username", browser.find(By.cssSelector("label[for=j_username]")).getText());

            browser.click(By.linkText("Svenska"));
            browser.awaitText("Logga in med ditt användarnamn och lösenord.");
            assertEquals("sv", browser.lang());
            assertEquals("Användarnamn", browser.find(By.cssSelector("label[for=j_username]")).getText());
        }
    }

    @Test
    void theEconomistSeesTheirRolesAndTheirDepartmentButNothingElse() {
        try (Browser browser = new Browser()) {
            browser.login(DemoUser.EKONOM_HISTORIA);

            assertEquals("Start", browser.heading());
            String welcome = browser.find(By.id("welcome")).getText();
            assertTrue(welcome.contains("Emma Dahlgren"), welcome);
            String economist = heldRole(browser, "Ekonom");
            assertTrue(economist.contains(HISTORY), economist);
            assertFalse(economist.contains("Organet är inte aktivt"), economist);
            String council = heldRole(browser, "Ledamot i användarråd");
            assertTrue(council.contains("Användarråd"), council);
            assertTrue(council.contains("Organet är inte aktivt för närvarande."), council);

            List<String> nav = browser.navLinks();
            assertEquals(List.of("Start", "Att göra", "Planeringsomgångar", "Uppföljning", "Enheter"), nav);
            ADMIN_LINKS.forEach(link -> assertFalse(nav.contains(link), link + " in " + nav));
            assertFalse(nav.contains(INTEGRATIONS), nav.toString());

            browser.open("/units/unit.xhtml?id=" + DemoUser.DemoUnits.HISTORY);
            assertEquals(HISTORY, browser.heading());
            String activities = browser.find(By.id("activities")).getText();
            assertTrue(activities.contains("Grundutbildning historia"), activities);
            assertTrue(activities.contains("Forskning nordisk historia"), activities);
            assertTrue(activities.contains("Forskning"), activities);
            String plans = browser.find(By.id("plans")).getText();
            assertTrue(plans.contains("Budget 2027") && plans.contains("Budget 2026"), "the department's plans: " + plans);

            browser.open("/units/unit.xhtml?id=" + DemoUser.DemoUnits.PHYSICS);
            assertEquals("Åtkomst nekad", browser.heading());
            assertFalse(browser.text().contains("Grundutbildning fysik"), browser.text());

            browser.open("/admin/people.xhtml");
            assertEquals("Åtkomst nekad", browser.heading());
            assertFalse(browser.text().contains("systemansvarig@"), browser.text());
        }
    }

    @Test
    void theDeanSeesTheFacultyAndItsDepartmentsOnly() {
        try (Browser browser = new Browser()) {
            browser.login(DemoUser.DEKAN_NT);
            browser.click(By.linkText("Enheter"));

            assertEquals("Enheter", browser.heading());
            List<String> units = browser.driver().findElements(By.cssSelector("#units a")).stream()
                    .map(a -> a.getText().strip()).toList();
            assertTrue(units.contains(FACULTY_NT), units.toString());
            assertTrue(units.containsAll(NT_DEPARTMENTS), units.toString());
            assertFalse(units.contains(HISTORY), units.toString());
            assertFalse(units.contains("Fakulteten för humaniora och samhällsvetenskap"), units.toString());
            assertFalse(units.contains("Universitetsförvaltningen"), units.toString());
            ADMIN_LINKS.forEach(link -> assertFalse(browser.navLinks().contains(link), link));
        }
    }

    @Test
    void itSeesTheIntegrationsPageWithTheUbwPluginEnabledAndUp() {
        try (Browser browser = new Browser()) {
            browser.login(DemoUser.IT);

            List<String> nav = browser.navLinks();
            assertTrue(nav.contains(INTEGRATIONS), nav.toString());
            ADMIN_LINKS.forEach(link -> assertFalse(nav.contains(link), link + " in " + nav));

            browser.click(By.linkText(INTEGRATIONS));
            assertEquals("Integrationer", browser.heading());
            String plugins = browser.find(By.id("plugins")).getText();
            assertTrue(plugins.contains("ubw") && plugins.contains("UBW (Unit4 Business World)"), plugins);
            assertTrue(plugins.contains("uniplan.plugin.ubw.enabled"), plugins);
            assertTrue(plugins.contains("Huvudbok (utfall)"), plugins);
            assertTrue(browser.driver().findElements(By.id("emptyState")).isEmpty(), "no empty state with a plugin installed");
            assertTrue(nav.contains("Inläsningar"), nav.toString());
        }
    }

    @Test
    void theSystemAdministratorSeesEveryAdminLinkAndLogsOut() {
        try (Browser browser = new Browser()) {
            browser.login(DemoUser.SYSTEMANSVARIG);

            List<String> nav = browser.navLinks();
            ADMIN_LINKS.forEach(link -> assertTrue(nav.contains(link), link + " missing from " + nav));
            assertFalse(nav.contains(INTEGRATIONS), "enabling integrations is IT's, not the system administrator's");

            browser.click(By.id("userForm:logout"));
            browser.find(By.id("j_username"));
            assertEquals("Logga in", browser.heading());

            browser.open("/admin/organisation.xhtml");
            assertEquals("Logga in", browser.heading(), "after logging out, pages ask for login again");
        }
    }

    /** The text of the start page's card for one held role, found by the role's name. */
    private static String heldRole(Browser browser, String roleName) {
        return browser.find(By.xpath("//section[contains(@class,'held-role')][h3[starts-with(normalize-space(), "
                + Browser.literal(roleName + " –") + ")]]")).getText();
    }
}
