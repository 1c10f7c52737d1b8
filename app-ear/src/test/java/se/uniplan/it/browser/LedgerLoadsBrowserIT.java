package se.uniplan.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import se.uniplan.it.LedgerCsv;
import se.uniplan.it.WebSession;

/**
 * IT sends ledger files on the loads page: a corrected file is loaded and reconciled, a bad file
 * is refused and its problems are shown line by line, and the load is undone. Fiscal year 2033,
 * which no other test uses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LedgerLoadsBrowserIT {

    private static final int MARCH = 203303;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void itLoadsAFileSeesABadOneRefusedLineByLineAndUndoesTheLoad() throws IOException {
        WebSession it = WebSession.login(DemoUser.IT);
        it.postBytes("/api/ledger/loads?source=ubw&wait=true&mode=REPLACE", LedgerCsv.accounts(), "text/csv", "X-File-Name", "aglaccounts.csv");
        it.postBytes("/api/ledger/loads?source=ubw&wait=true&mode=REPLACE", LedgerCsv.activityTypes(), "text/csv", "X-File-Name", "agldimvalue.csv");
        Path dir = Files.createTempDirectory("uniplan-ledger");
        Path good = Files.write(dir.resolve("mars-2033.csv"), new LedgerCsv(33_000_000)
                .cost("1", MARCH, "4011", "HS-HIS", "10", "52000.00", "Lön mars").bytes());
        Path bad = Files.write(dir.resolve("mars-2033-fel.csv"), new LedgerCsv(33_100_000)
                .line("2", MARCH, "4011", "HS-HIS", "10", "100.00", "Obalanserad")
                .line("2", MARCH, "1930", "", "", "-90.00", "Obalanserad").bytes());

        try (Browser browser = new Browser()) {
            browser.login(DemoUser.IT).open("/it/loads.xhtml");
            assertEquals("Inläsningar av utfall", browser.heading());
            assertTrue(browser.navLinks().contains("Inläsningar"), browser.navLinks().toString());

            browser.click(By.xpath("//label[starts-with(normalize-space(), 'Ersätt perioderna i filen')]"));
            browser.driver().findElement(By.cssSelector("#uploadForm input[type=file]")).sendKeys(good.toString());
            browser.click(By.id("uploadForm:upload"));
            assertTrue(browser.messages().contains("mars-2033.csv: inläsningen har startat."), browser.messages());
            String row = awaitRow(browser, "mars-2033.csv", "Inläst");
            assertTrue(row.contains("Stämmer"), row);
            assertTrue(row.contains("2 inlästa"), row);
            assertTrue(row.contains("203303"), row);
            assertTrue(row.contains("ersätter perioderna"), row);
            assertTrue(row.contains("2 rader stämmer med filen per period och konto"), row);
            browser.screenshot("ledger-loads");
            browser.assertAccessible("it/loads.xhtml");

            browser.driver().findElement(By.cssSelector("#uploadForm input[type=file]")).sendKeys(bad.toString());
            browser.click(By.id("uploadForm:upload"));
            String refused = awaitRow(browser, "mars-2033-fel.csv", "Avvisad");
            assertTrue(refused.contains("Filen har 1 fel. Ingenting sparades"), refused);
            browser.click(By.xpath(rowXpath("mars-2033-fel.csv") + "//button[contains(@class, 'show-problems')]"));
            String problems = browser.find(By.id("loadsForm:problemTable")).getText();
            assertTrue(problems.contains("2 Verifikationen balanserar inte"), problems);
            assertTrue(problems.replace('\u00a0', ' ').contains("2: 10,00 ≠ 0"), problems);
            assertTrue(browser.find(By.xpath(rowXpath("mars-2033-fel.csv") + "//a[contains(@class, 'report-link')]"))
                    .getAttribute("href").endsWith("/report"));
            browser.screenshot("ledger-loads-problems");
            browser.assertAccessible("it/loads.xhtml problems");

            browser.click(By.xpath(rowXpath("mars-2033.csv") + "//button[contains(@class, 'undo-load')]"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            assertTrue(browser.messages().contains("mars-2033.csv: inläsningen är ångrad."), browser.messages());
            assertTrue(browser.find(By.xpath(rowXpath("mars-2033.csv"))).getText().contains("Ångrad"));
        }
        assertEquals("[]", it.getJson("/api/ledger/sums?source=ubw&from=203301&to=203312", "sv").body(),
                "after the undo nothing counts for March 2033");
    }

    private static String rowXpath(String fileName) {
        return "//tr[.//span[contains(@class, 'load-file') and normalize-space()=" + Browser.literal(fileName) + "]]";
    }

    /** Waits, as the page polls, until the file's row shows the status; returns the row's text. */
    private static String awaitRow(Browser browser, String fileName, String status) {
        return browser.until(d -> {
            var rows = d.findElements(By.xpath(rowXpath(fileName)));
            return !rows.isEmpty() && rows.get(0).getText().contains(status) ? rows.get(0).getText() : null;
        });
    }
}
