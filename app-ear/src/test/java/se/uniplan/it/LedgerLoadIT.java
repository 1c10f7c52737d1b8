package se.uniplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ledger loads through the REST API with UBW table exports: a load lands whole or not at all,
 * the same file twice gives the same totals, a corrected file replaces its period, an undo gives
 * the period back, a bad file is refused with file, line and reason and changes nothing, and the
 * drop folders are read as the nightly run reads them. Fiscal year 2031, which no other test uses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LedgerLoadIT {

    private static final int MARCH = 203103;
    private static final int APRIL = 203104;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private static WebSession it;

    @BeforeAll
    static void masterData() {
        it = WebSession.login(DemoUser.IT);
        assertEquals("LOADED", load("aglaccounts.csv", LedgerCsv.accounts(), "REPLACE").getString("status"));
        assertEquals("LOADED", load("agldimvalue.csv", LedgerCsv.activityTypes(), "REPLACE").getString("status"));
    }

    /** Lets another test class load through these helpers with its own session. */
    static void useSession(WebSession session) {
        it = session;
    }

    static JsonObject load(String fileName, byte[] content, String mode) {
        HttpResponse<String> response = it.postBytes("/api/ledger/loads?source=ubw&wait=true&mode=" + mode, content,
                "application/octet-stream", "X-File-Name", URLEncoder.encode(fileName, StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        return Json.object(response.body());
    }

    private static Map<String, Long> active(int from, int to) {
        return Json.sumsByPeriodAccount(it.getJson("/api/ledger/sums?source=ubw&from=" + from + "&to=" + to, "sv").body());
    }

    @Test
    void aFileLoadsWholeAndItsReconciliationAgreesWithItsOwnSums() {
        JsonObject load = load("agltransact-2031-03.csv", new LedgerCsv(31_000_000)
                .cost("100", MARCH, "4011", "NT-FYS", "30", "45000.00", "Lön mars")
                .cost("101", MARCH, "5510", "NT-FYS", "10", "1234.56", "Resa Umeå–Lund")
                .bytes(), "REPLACE");
        assertEquals("LOADED", load.getString("status"), load.toString());
        assertEquals("AGREES", load.getString("reconciliation"));
        assertEquals(4, load.getInt("rowsLoaded"));
        assertEquals("UBW agltransact CSV", load.getString("format"));
        assertEquals(MARCH, load.getInt("firstPeriod"));
        Map<String, Long> sums = Json.sumsByAccount(it.getJson("/api/ledger/loads/" + load.getInt("id") + "/sums", "sv").body());
        assertEquals(Map.of("4011", 4_500_000L, "5510", 123_456L, "1930", -4_623_456L), sums);
    }

    @Test
    void aLoadsLinesAreIndexedRightAfterItCommits() throws Exception {
        int june = 203106;
        JsonObject load = load("juni.csv", new LedgerCsv(31_400_000).cost("400", june, "4011", "NT-FYS", "30", "100.00", "Lön")
                .cost("401", june, "5510", "NT-FYS", "10", "200.00", "Resa").bytes(), "REPLACE");
        assertEquals("LOADED", load.getString("status"), load.toString());
        long id = load.getJsonNumber("id").longValue();
        JsonObject now = load;
        for (int i = 0; i < 300 && (!now.containsKey("indexedAt") || now.isNull("indexedAt")); i++) {
            Thread.sleep(100);
            now = Json.object(it.getJson("/api/ledger/loads/" + id, "sv").body());
        }
        assertTrue(now.containsKey("indexedAt") && !now.isNull("indexedAt"), "indexed within 30 s: " + now);
        if ("postgresql".equals(System.getProperty("uniplan.it.db"))) {
            Map<String, String> indexes = new java.util.TreeMap<>();
            try (var c = java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/uniplan_it", "postgres", "");
                 var s = c.prepareStatement("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ?")) {
                s.setString(1, "ledger_entry_p" + id);
                try (var rs = s.executeQuery()) {
                    while (rs.next()) {
                        indexes.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            assertEquals(2, indexes.size(), indexes.toString());
            assertTrue(indexes.get("ix_ledger_entry_p" + id + "_drill").contains("(unit_id, account_hash, period)"),
                    indexes.toString());
            assertTrue(indexes.get("ix_ledger_entry_p" + id + "_key").contains("USING brin (row_key)"),
                    "agrtid rises through the file, so its index is BRIN: " + indexes);
        }
    }

    @Test
    void theSameFileTwiceGivesTheSameTotalsInBothModes() {
        byte[] file = new LedgerCsv(31_100_000).cost("200", APRIL, "4012", "NT-KEM", "30", "30000.00", "Lön april").bytes();
        load("delta-2031-04.csv", file, "ADD");
        Map<String, Long> once = active(APRIL, APRIL);
        JsonObject again = load("delta-2031-04.csv", file, "ADD");
        assertEquals("LOADED", again.getString("status"));
        assertEquals(0, again.getInt("rowsLoaded"));
        assertEquals(2, again.getInt("rowsSkipped"), "every key is already loaded");
        assertEquals(once, active(APRIL, APRIL));
        load("delta-2031-04.csv", file, "REPLACE");
        load("delta-2031-04.csv", file, "REPLACE");
        assertEquals(once, active(APRIL, APRIL));
        assertEquals(Map.of(APRIL + " 1930", -3_000_000L, APRIL + " 4012", 3_000_000L), once);
    }

    @Test
    void aCorrectedFileReplacesItsPeriodAndAnUndoGivesThePeriodBack() {
        int may = 203105;
        load("maj.csv", new LedgerCsv(31_200_000).cost("300", may, "5610", "NT-DAT", "90", "10000.00", "Konsult")
                .cost("301", may, "5710", "NT-DAT", "90", "500.00", "Material").bytes(), "REPLACE");
        JsonObject corrected = load("maj-rättad.csv", new LedgerCsv(31_300_000)
                .cost("300", may, "5610", "NT-DAT", "90", "12000.00", "Konsult, rättad").bytes(), "REPLACE");
        assertEquals(Map.of(may + " 1930", -1_200_000L, may + " 5610", 1_200_000L), active(may, may),
                "only the corrected file counts for May");
        HttpResponse<String> undone = it.postJson("/api/ledger/loads/" + corrected.getInt("id") + "/undo", "");
        assertEquals(200, undone.statusCode(), undone.body());
        assertEquals("UNDONE", Json.object(undone.body()).getString("status"));
        assertEquals(Map.of(may + " 1930", -1_050_000L, may + " 5610", 1_000_000L, may + " 5710", 50_000L), active(may, may));
    }

    @Test
    void aBadFileIsRefusedWithFileLineAndReasonAndChangesNothing() {
        int june = 203106;
        load("juni.csv", new LedgerCsv(31_400_000).cost("400", june, "4011", "HS-HIS", "10", "100.00", "Före").bytes(), "REPLACE");
        Map<String, Long> before = active(june, june);
        JsonObject refused = load("juni-fel.csv", new LedgerCsv(31_500_000)
                .cost("401", june, "4011", "HS-HIS", "10", "999.00", "Giltig rad")
                .line("402", june, "4011", "HS-HIS", "10", "100.00", "Obalanserad")
                .line("402", june, "1930", "", "", "-99.00", "Obalanserad")
                .cost("403", june, "9999", "HS-HIS", "10", "1.00", "Okänt konto")
                .cost("404", june, "4011", "HS-HIS", "77", "1.00", "Okänd verksamhet")
                .raw("NSU;4011;HS-HIS;;10;;;;;203106;2031;12,3,4;0;SEK;405;GL;2031-06-15;2031-06-15;1;Trasig;31600000")
                .bytes(), "REPLACE");
        assertEquals("REFUSED", refused.getString("status"), refused.toString());
        assertEquals(0, refused.getInt("rowsLoaded"));
        assertTrue(refused.getString("message").contains("Ingenting sparades"), refused.getString("message"));
        assertEquals(before, active(june, june), "the period still holds what it held");

        String problems = it.getJson("/api/ledger/loads/" + refused.getInt("id") + "/problems", "sv").body();
        assertTrue(problems.contains("\"kind\":\"UNBALANCED_VOUCHER\"") && problems.contains("\"line\":4"), problems);
        assertTrue(problems.contains("\"kind\":\"UNKNOWN_ACCOUNT\"") && problems.contains("\"value\":\"9999\""), problems);
        assertTrue(problems.contains("\"kind\":\"UNKNOWN_DIMENSION_VALUE\""), problems);
        assertTrue(problems.contains("\"kind\":\"MALFORMED_LINE\"") && problems.contains("\"line\":10"), problems);
        assertTrue(problems.contains("Verifikationen balanserar inte"), "the reason in Swedish: " + problems);

        HttpResponse<byte[]> report = it.getBytes("/api/ledger/loads/" + refused.getInt("id") + "/report");
        assertEquals(200, report.statusCode());
        String csv = new String(report.body(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFFil;Rad;Fel;Värde"), csv);
        assertTrue(csv.contains("juni-fel.csv;4;Verifikationen balanserar inte;"), csv);
    }

    @Test
    void theDropFoldersAreReadAsTheNightlyRunReadsThemAndEmptied() throws Exception {
        Path drop = Path.of(System.getProperty("payara.home"), "glassfish", "domains", System.getProperty("uniplan.it.domain"),
                "ledger-drop");
        Files.createDirectories(drop.resolve("replace"));
        int july = 203107;
        Files.write(drop.resolve("replace").resolve("juli-hel.csv"),
                new LedgerCsv(31_700_000).cost("500", july, "5011", "UF-IT", "90", "8000.00", "Hyra juli").bytes());
        Files.write(drop.resolve("juli-delta-1.csv"),
                new LedgerCsv(31_800_000).cost("501", july, "5810", "UF-IT", "90", "2000.00", "Licens").bytes());
        Files.write(drop.resolve("juli-delta-2.csv"), "inte en UBW-fil\n".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> run = it.postJson("/api/ledger/run", "");
        assertEquals(200, run.statusCode(), run.body());
        List<String> statuses = Json.array(run.body()).stream().map(v -> v.asJsonObject().getString("fileName") + " "
                + v.asJsonObject().getString("status")).toList();
        assertEquals(List.of("juli-hel.csv LOADED", "juli-delta-1.csv LOADED", "juli-delta-2.csv REFUSED"), statuses);
        assertTrue(Json.array(run.body()).stream().allMatch(v -> v.asJsonObject().getString("origin").equals("NIGHTLY")));
        assertEquals(Map.of(july + " 1930", -1_000_000L, july + " 5011", 800_000L, july + " 5810", 200_000L), active(july, july));
        assertTrue(Files.exists(drop.resolve("replace/loaded/juli-hel.csv")));
        assertTrue(Files.exists(drop.resolve("loaded/juli-delta-1.csv")));
        assertTrue(Files.exists(drop.resolve("refused/juli-delta-2.csv")));
        assertEquals("[]", it.postJson("/api/ledger/run", "").body(), "nothing is read twice");
    }

    @Test
    void onlyItMayLoad() {
        HttpResponse<String> response = WebSession.login(DemoUser.EKONOM_FYSIK).postBytes("/api/ledger/loads?wait=true",
                new byte[] {1}, "application/octet-stream", "X-File-Name", "x.csv");
        assertEquals(403, response.statusCode(), response.body());
    }
}
