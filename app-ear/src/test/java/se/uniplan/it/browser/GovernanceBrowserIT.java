package se.uniplan.it.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A governance body exists but can be inactive: the system administrator activates UniPlan's user
 * council, its member sees it on the start page, and the change is in the audit trail; then it is
 * marked inactive again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GovernanceBrowserIT {

    private static final String COUNCIL = "Användarråd UniPlan";
    private static final String INACTIVE_NOTE = "Organet är inte aktivt för närvarande.";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void theUserCouncilIsActivatedAndMarkedInactiveAgain() {
        try (Browser admin = new Browser(); Browser member = new Browser()) {
            member.login(DemoUser.EKONOM_HISTORIA);
            assertTrue(member.text().contains(INACTIVE_NOTE), "the demo council starts inactive");

            admin.login(DemoUser.SYSTEMANSVARIG).open("/admin/governance.xhtml");
            assertTrue(councilRow(admin).contains("Inte aktivt för närvarande"), councilRow(admin));
            admin.click(toggle("Aktivera"));
            admin.awaitText("Organet är aktivt igen.");
            assertTrue(councilRow(admin).contains("Aktiv"), councilRow(admin));

            member.open("/index.xhtml");
            assertFalse(member.text().contains(INACTIVE_NOTE), "the member sees an active council");

            admin.open("/admin/audit.xhtml");
            admin.type(By.id("auditForm:text"), "UniPlan");
            admin.click(By.id("auditForm:search"));
            admin.awaitAjax();
            assertTrue(admin.find(By.id("auditForm:entries")).getText().contains("Aktiverad"), "the change is logged");

            admin.open("/admin/governance.xhtml");
            admin.click(toggle("Inaktivera"));
            admin.awaitText("Organet är markerat som inaktivt.");
            member.open("/index.xhtml");
            assertTrue(member.text().contains(INACTIVE_NOTE), "inactive again");
        }
    }

    private static By toggle(String label) {
        return By.xpath("//button[@aria-label=" + Browser.literal(label + " " + COUNCIL) + "]");
    }

    private static String councilRow(Browser browser) {
        return browser.find(By.xpath("//tbody[@id='bodiesForm:bodies_data']/tr[td[1][normalize-space()='Användarråd']"
                + " and td[2][normalize-space()='UniPlan']]")).getText();
    }
}
