package se.uniplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every real SIE file of ../shared/formats/sie through the REST API into the ledger: each one
 * loads, and then what the ledger holds per account equals an independent count made here from
 * the file's text, or it is refused with the reason the file really has.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LedgerSieIT {

    private static final Pattern TRANS = Pattern.compile("^\\s*#TRANS\\s+\"?(\\d+)\"?\\s+(?:\\{[^}]*\\}\\s+)?\"?(-?[0-9.,]+)\"?");
    private static final Pattern PSALDO = Pattern.compile("^#PSALDO\\s+0\\s+(\\d{6})\\s+\"?(\\d+)\"?\\s+\\{\\s*\\}\\s+(-?[0-9.]+)");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private static WebSession it;

    @BeforeAll
    static void login() {
        it = WebSession.login(DemoUser.IT);
        LedgerLoadIT.useSession(it);
    }

    private static Path sample(String name) {
        return Path.of(System.getProperty("formats.dir"), "sie", name);
    }

    private static JsonObject load(String name) throws IOException {
        return LedgerLoadIT.load(name, Files.readAllBytes(sample(name)), "REPLACE");
    }

    private static Map<String, Long> loadedByAccount(JsonObject load) {
        return Json.sumsByAccount(it.getJson("/api/ledger/loads/" + load.getInt("id") + "/sums", "sv").body());
    }

    private static List<String> problemKinds(JsonObject load) {
        return Json.array(it.getJson("/api/ledger/loads/" + load.getInt("id") + "/problems", "sv").body()).stream()
                .map(v -> v.asJsonObject().getString("kind") + "@" + v.asJsonObject().getInt("line")).toList();
    }

    /** The independent count: every #TRANS line (never #RTRANS or #BTRANS), summed per account, in öre. */
    static Map<String, Long> transByAccount(Path file) throws IOException {
        Map<String, Long> sums = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            Matcher m = TRANS.matcher(line);
            if (m.find()) {
                sums.merge(m.group(1), ore(m.group(2)), Long::sum);
            }
        }
        sums.values().removeIf(v -> v == 0);
        return sums;
    }

    /** The independent count for period-balance files: the account-level #PSALDO of year 0. */
    static Map<String, Long> psaldoByAccount(Path file) throws IOException {
        Map<String, Long> sums = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            Matcher m = PSALDO.matcher(line.trim());
            if (m.find()) {
                sums.merge(m.group(2), ore(m.group(3)), Long::sum);
            }
        }
        sums.values().removeIf(v -> v == 0);
        return sums;
    }

    private static long ore(String amount) {
        return new BigDecimal(amount.replace(',', '.')).movePointRight(2).longValueExact();
    }

    private static void assertLoadedAsCounted(String name, Map<String, Long> counted) throws IOException {
        JsonObject load = load(name);
        assertEquals("LOADED", load.getString("status"), name + ": " + load);
        assertEquals("AGREES", load.getString("reconciliation"), name);
        assertEquals(counted, loadedByAccount(load), name + ": what the ledger holds per account = the count from the text");
    }

    private static void assertRefused(String name, String firstProblem, String... alsoProblems) throws IOException {
        JsonObject load = load(name);
        assertEquals("REFUSED", load.getString("status"), name + ": " + load);
        assertEquals(0, load.getInt("rowsLoaded"));
        List<String> problems = problemKinds(load);
        assertEquals(firstProblem, problems.get(0), name + ": " + problems);
        for (String also : alsoProblems) {
            assertTrue(problems.stream().anyMatch(p -> p.startsWith(also)), name + " also " + also + ": " + problems);
        }
    }

    @Test
    @Order(1)
    void sie4FilesLoadAndHoldWhatTheirTransLinesSay() throws IOException {
        assertLoadedAsCounted("Visma_SIE4_underdim.SE", transByAccount(sample("Visma_SIE4_underdim.SE")));
        assertLoadedAsCounted("ovnbolag_transaktioner_SIE4E.se", transByAccount(sample("ovnbolag_transaktioner_SIE4E.se")));
        // the same company's #PSALDO for the whole account agree with its vouchers
        assertEquals(psaldoByAccount(sample("ovnbolag_transaktioner_SIE4E.se")),
                transByAccount(sample("ovnbolag_transaktioner_SIE4E.se")));
    }

    @Test
    @Order(2)
    void theSameSieFileTwiceGivesTheSameTotals() throws IOException {
        String active = "/api/ledger/sums?source=ubw&from=202101&to=202112";
        Map<String, Long> once = Json.sumsByPeriodAccount(it.getJson(active, "sv").body());
        assertEquals("LOADED", load("Visma_SIE4_underdim.SE").getString("status"));
        assertEquals(once, Json.sumsByPeriodAccount(it.getJson(active, "sv").body()));
        assertEquals(transByAccount(sample("Visma_SIE4_underdim.SE")), Json.sumsByAccount(it.getJson(active, "sv").body()));
    }

    @Test
    @Order(3)
    void sie2LoadsItsPeriodBalancesAsTheActuals() throws IOException {
        assertLoadedAsCounted("ovnbolag_periodsaldo_SIE2.se", psaldoByAccount(sample("ovnbolag_periodsaldo_SIE2.se")));
    }

    @Test
    @Order(4)
    void filesWithRealDefectsAreRefusedWithTheirReason() throws IOException {
        // 3041 in January 2011 is given only per object; the whole account's change is nowhere in the file
        assertRefused("ovnbolag_objektsaldo_SIE3.se", "ACCOUNT_BALANCE_MISSING@1738", "ACCOUNT_BALANCE_MISSING@1865");
        // #IB 0 1119 = #UB 0 1119 = −474 600,00, yet a voucher posts −67 800,00 on 1119
        assertRefused("Fortnox_Sie4.si", "BALANCE_MISMATCH@291");
        // #DIM 1 and 6 are declared but not one #OBJEKT: every #TRANS names an unknown object
        assertRefused("LON_Lonekorning_SIE4I.SI", "UNKNOWN_DIMENSION_VALUE@22", "UNKNOWN_DIMENSION_VALUE@39");
        // a Latin-1 Å in a codepage 437 file; objects used but never declared; voucher "1" used twelve times
        assertRefused("BL0001_typ4_RTRANS_BTRANS.SE", "GARBLED_ENCODING@40", "UNKNOWN_DIMENSION_VALUE", "DUPLICATE_KEY");
    }
}
