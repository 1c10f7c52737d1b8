package se.uniplan.it.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.By;
import se.uniplan.it.DemoUser;
import se.uniplan.it.Deployments;

/**
 * Every page, as a user who may see it, has no serious or critical axe-core violation and no
 * missing text; each leaves a screenshot in target/screenshots for a person to look at. All pages
 * of a user are checked before the test reports, so one run lists every problem.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void theLoginPageInBothLanguages() {
        try (Browser browser = new Browser()) {
            List<Executable> checks = new ArrayList<>();
            browser.open("/index.xhtml");
            checks.add(check(browser, "login", "sv"));
            browser.login(DemoUser.EKONOM_HISTORIA.username, "wrong");
            checks.add(check(browser, "login-failed", "sv"));
            browser.click(By.linkText("English"));
            checks.add(check(browser, "login-en", "en"));
            assertAll(checks);
        }
    }

    @Test
    void theSystemAdministratorsPagesAndTheRenameDialog() {
        try (Browser browser = new Browser()) {
            browser.login(DemoUser.SYSTEMANSVARIG);
            List<Executable> checks = new ArrayList<>();
            checks.add(visit(browser, "start-admin", "/index.xhtml"));
            checks.add(visit(browser, "units", "/units/index.xhtml"));
            checks.add(visit(browser, "unit-physics", "/units/unit.xhtml?id=" + DemoUser.DemoUnits.PHYSICS));
            checks.add(visit(browser, "admin-organisation", "/admin/organisation.xhtml"));
            checks.add(visit(browser, "admin-people", "/admin/people.xhtml"));
            checks.add(visit(browser, "admin-person", "/admin/person.xhtml?id=4000"));
            checks.add(visit(browser, "admin-roles", "/admin/roles.xhtml"));
            checks.add(visit(browser, "admin-governance", "/admin/governance.xhtml"));
            checks.add(visit(browser, "admin-audit", "/admin/audit.xhtml"));
            checks.add(visit(browser, "error-404", "/units/unit.xhtml?id=999999"));
            checks.add(visit(browser, "error-404-page", "/no-such-page.xhtml"));

            browser.open("/admin/organisation.xhtml");
            browser.click(By.xpath("//button[@aria-label='Byt namn Avdelningen för fysik']"));
            browser.dialog("renameDlg");
            checks.add(check(browser, "admin-organisation-rename-dialog", "sv"));

            browser.open("/admin/people.xhtml");
            browser.click(By.id("peopleForm:add"));
            browser.dialog("personDlg");
            checks.add(check(browser, "admin-people-new-person-dialog", "sv"));

            browser.open("/index.xhtml");
            browser.click(By.linkText("English"));
            checks.add(check(browser, "start-admin-en", "en"));
            checks.add(visit(browser, "admin-organisation-en", "/admin/organisation.xhtml", "en"));
            browser.click(By.linkText("Svenska"));
            assertAll(checks);
        }
    }

    @Test
    void theEconomistsPagesAndTheRefusal() {
        try (Browser browser = new Browser()) {
            browser.login(DemoUser.EKONOM_HISTORIA);
            List<Executable> checks = new ArrayList<>();
            checks.add(visit(browser, "start", "/index.xhtml"));
            checks.add(visit(browser, "units-economist", "/units/index.xhtml"));
            checks.add(visit(browser, "unit-history", "/units/unit.xhtml?id=" + DemoUser.DemoUnits.HISTORY));
            checks.add(visit(browser, "error-403", "/units/unit.xhtml?id=" + DemoUser.DemoUnits.PHYSICS));
            checks.add(visit(browser, "error-403-admin", "/admin/people.xhtml"));
            checks.add(visit(browser, "tasks-economist", "/tasks.xhtml"));
            checks.add(visit(browser, "rounds", "/rounds/index.xhtml"));
            checks.add(visit(browser, "round-budget-2027", "/rounds/round.xhtml?id=7001"));
            checks.add(visit(browser, "plan-review-history", "/plans/review.xhtml?id=7114"));
            checks.add(visit(browser, "plan-upload-history", "/plans/upload.xhtml?id=7114"));
            checks.add(visit(browser, "substitutes", "/me/substitutes.xhtml"));
            checks.add(visit(browser, "followup-department", "/followup/index.xhtml"));
            checks.add(visit(browser, "error-403-plan", "/plans/review.xhtml?id=7110"));
            browser.open("/index.xhtml");
            browser.click(By.linkText("English"));
            checks.add(check(browser, "start-en", "en"));
            checks.add(visit(browser, "unit-history-en", "/units/unit.xhtml?id=" + DemoUser.DemoUnits.HISTORY, "en"));
            checks.add(visit(browser, "plan-review-en", "/plans/review.xhtml?id=7114", "en"));
            checks.add(visit(browser, "round-en", "/rounds/round.xhtml?id=7001", "en"));
            checks.add(visit(browser, "followup-en", "/followup/index.xhtml", "en"));
            assertAll(checks);
        }
    }

    /** The approvers' views: the university approver's round with the final approval, the dean's task list. */
    @Test
    void theApproversPages() {
        try (Browser browser = new Browser()) {
            browser.login(DemoUser.GODKANNARE);
            List<Executable> checks = new ArrayList<>();
            checks.add(visit(browser, "round-approver", "/rounds/round.xhtml?id=7001"));
            checks.add(visit(browser, "review-approver", "/plans/review.xhtml?id=7116"));
            checks.add(visit(browser, "followup-university", "/followup/index.xhtml"));
            checks.add(visit(browser, "followup-transactions",
                    "/followup/index.xhtml?year=2026&unit=104&activity=1014&account=4011&view=YEAR_TO_DATE&month=10"));
            assertAll(checks);
        }
        try (Browser browser = new Browser()) {
            browser.login(DemoUser.DEKAN_NT);
            assertAll(visit(browser, "tasks-dean", "/tasks.xhtml"));
        }
    }

    @Test
    void theIntegrationsPage() {
        try (Browser browser = new Browser()) {
            browser.login(DemoUser.IT);
            assertAll(visit(browser, "it-integrations", "/it/integrations.xhtml"));
        }
    }

    private static Executable visit(Browser browser, String name, String path) {
        return visit(browser, name, path, "sv");
    }

    private static Executable visit(Browser browser, String name, String path, String language) {
        browser.open(path);
        return check(browser, name, language);
    }

    /**
     * Screenshots the page as it is now and checks it at once; the returned check reports the
     * result, so that every page is looked at before the first failure is reported.
     */
    private static Executable check(Browser browser, String name, String language) {
        browser.awaitReady();
        browser.screenshot(name);
        String text = browser.text();
        String lang = browser.lang();
        String heading = browser.heading();
        Throwable axe = null;
        try {
            browser.assertAccessible(name);
        } catch (AssertionError e) {
            axe = e;
        }
        Throwable violations = axe;
        return () -> {
            assertEquals(language, lang, name + ": <html lang>");
            assertFalse(heading.isBlank(), name + ": the page has a heading");
            assertFalse(text.contains("???"), name + ": a message key has no text: " + text);
            if (violations != null) {
                throw violations;
            }
        };
    }
}
