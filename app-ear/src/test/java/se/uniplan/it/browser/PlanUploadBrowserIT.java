package se.uniplan.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import se.uniplan.it.DemoUser;
import se.uniplan.it.Deployments;
import se.uniplan.it.PlanFile;
import se.uniplan.it.WebSession;

/**
 * The economist uploads a plan changed in Excel through the page: sees the preview in Swedish
 * figures, saves, sees the confirmation; a file with errors shows each error with its row; a
 * locked plan says so and offers no upload.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanUploadBrowserIT {

    private static final String PAGE = "/plans/upload.xhtml?id=7114";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void aChangedFileIsPreviewedAndSaved() throws IOException {
        PlanFile file = new PlanFile(WebSession.login(DemoUser.EKONOM_HISTORIA).getBytes("/api/plans/7114/xlsx").body());
        long before = file.month("HS-HIS-30", "5011", 9);
        file.setText("HS-HIS-30", "5011", 9, "1 234 567");
        Path upload = temp("Budget 2027 HS-HIS.xlsx", file.bytes());

        try (Browser browser = new Browser()) {
            browser.login(DemoUser.EKONOM_HISTORIA).open(PAGE);
            assertEquals("Planen i Excel – HS-HIS · Budget 2027", browser.heading());
            assertTrue(browser.find(By.id("download")).getText().contains("Budget 2027 HS-HIS.xlsx"));
            browser.screenshot("plan-upload");
            browser.assertAccessible("plans/upload.xhtml");

            browser.driver().findElement(By.cssSelector("#uploadForm input[type=file]")).sendKeys(upload.toString());
            browser.click(By.id("uploadForm:preview"));
            String preview = browser.awaitText("Förhandsgranskning");
            assertTrue(preview.contains("ändrar 1 belopp på en rad"), preview);
            String row = browser.find(By.id("changes")).getText();
            assertTrue(row.contains("HS-HIS-30") && row.contains("5011") && row.contains("sep"), row);
            assertTrue(row.replace('\u00a0', ' ').contains("1 234 567"), "Swedish thousands: " + row);
            browser.screenshot("plan-upload-preview");
            browser.assertAccessible("plans/upload.xhtml preview");

            browser.click(By.id("saveForm:save"));
            browser.awaitText("1 belopp sparades.");
            assertFalse(browser.text().contains("Förhandsgranskning"));
            browser.screenshot("plan-upload-saved");
        }
        PlanFile after = new PlanFile(WebSession.login(DemoUser.EKONOM_HISTORIA).getBytes("/api/plans/7114/xlsx").body());
        assertEquals(1_234_567, after.month("HS-HIS-30", "5011", 9), "was " + before);
    }

    @Test
    void aFileWithErrorsShowsEachWithItsRow() throws IOException {
        PlanFile file = new PlanFile(WebSession.login(DemoUser.EKONOM_HISTORIA).getBytes("/api/plans/7114/xlsx").body());
        int row = file.excelRow("HS-HIS-10", "5710");
        file.setAccount("HS-HIS-10", "5710", "9999").setText("HS-HIS-10", "3011", 2, "tusen");
        Path upload = temp("historia med fel.xlsx", file.bytes());

        try (Browser browser = new Browser()) {
            browser.login(DemoUser.EKONOM_HISTORIA).open(PAGE);
            browser.driver().findElement(By.cssSelector("#uploadForm input[type=file]")).sendKeys(upload.toString());
            browser.click(By.id("uploadForm:preview"));
            browser.awaitText("Filen kan inte läsas in");
            String errors = browser.find(By.id("errors")).getText();
            assertTrue(errors.contains("historia med fel.xlsx"), errors);
            assertTrue(errors.contains(row + " C Kontot 9999 finns inte i kontoplanen."), errors);
            assertTrue(errors.contains("F ”tusen” är inte ett belopp i hela kronor."), errors);
            assertTrue(browser.text().contains("Ingenting har sparats"));
            assertTrue(browser.driver().findElements(By.id("saveForm:save")).isEmpty(), "nothing to save");
            browser.screenshot("plan-upload-errors");
            browser.assertAccessible("plans/upload.xhtml errors");
        }
    }

    @Test
    void aLockedPlanSaysSoAndOffersNoUpload() {
        try (Browser browser = new Browser()) {
            browser.login(DemoUser.EKONOM_FYSIK).open("/plans/upload.xhtml?id=7111");
            assertTrue(browser.find(By.id("locked")).getText().contains("Planen är låst (status: Registrerad)."),
                    browser.text());
            assertTrue(browser.driver().findElements(By.cssSelector("input[type=file]")).isEmpty());
            assertTrue(browser.find(By.id("download")).isDisplayed(), "a locked plan is still downloaded");
            browser.screenshot("plan-upload-locked");
            browser.assertAccessible("plans/upload.xhtml locked");
        }
    }

    private static Path temp(String name, byte[] content) throws IOException {
        Path dir = Files.createTempDirectory("uniplan-upload");
        return Files.write(dir.resolve(name), content);
    }
}
