package se.uniplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server is killed (SIGKILL, no shutdown of any kind) in the middle of a large load, then
 * started again: the load is marked aborted, the ledger holds exactly what it held before, and the
 * same file loads cleanly on the next run. Fiscal year 2032, which no other test uses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LedgerKillIT {

    private static final int JANUARY = 203201;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void aLoadKilledWithTheServerLeavesTheLedgerAsItWasAndTheNextRunStartsClean() throws Exception {
        WebSession it = WebSession.login(DemoUser.IT);
        LedgerLoadIT.useSession(it);
        LedgerLoadIT.load("aglaccounts.csv", LedgerCsv.accounts(), "REPLACE");
        LedgerLoadIT.load("agldimvalue.csv", LedgerCsv.activityTypes(), "REPLACE");
        assertEquals("LOADED", LedgerLoadIT.load("jan-2032.csv", new LedgerCsv(32_000_000)
                .cost("1", JANUARY, "4011", "NT-FYS", "30", "777.00", "Före").bytes(), "REPLACE").getString("status"));
        Map<String, Long> before = active(it);

        boolean postgres = "postgresql".equals(System.getProperty("uniplan.it.db"));
        int vouchers = postgres ? 1_000_000 : 100_000;
        LedgerCsv big = new LedgerCsv(32_100_000);
        for (int i = 0; i < vouchers; i++) {
            big.cost(Integer.toString(10_000 + i), JANUARY + i % 12, i % 2 == 0 ? "4011" : "5510", "NT-FYS", "30",
                    (1000 + i % 5000) + ".25", "Rad " + i);
        }
        byte[] file = big.bytes();
        HttpResponse<String> started = it.postBytes("/api/ledger/loads?source=ubw&mode=REPLACE", file,
                "application/octet-stream", "X-File-Name", "stor-2032.csv");
        assertEquals(202, started.statusCode(), started.body());
        long id = Json.object(started.body()).getInt("id");

        awaitLinesRead(it, id, 20_000);
        killServer();
        startServer();

        it = WebSession.login(DemoUser.IT);
        JsonObject aborted = Json.object(it.getJson("/api/ledger/loads/" + id, "sv").body());
        assertEquals("ABORTED", aborted.getString("status"), aborted.toString());
        assertEquals(0, aborted.getInt("rowsLoaded"));
        assertTrue(aborted.getString("message").contains("Servern stannade"), aborted.getString("message"));
        assertEquals(before, active(it), "the ledger holds exactly what it held before the load");

        HttpResponse<String> rerun = it.postBytes("/api/ledger/loads?source=ubw&mode=REPLACE", file,
                "application/octet-stream", "X-File-Name", "stor-2032.csv");
        assertEquals(202, rerun.statusCode(), rerun.body());
        JsonObject again = awaitEnd(it, Json.object(rerun.body()).getInt("id"));
        assertEquals("LOADED", again.getString("status"), again.toString());
        assertEquals("AGREES", again.getString("reconciliation"));
        assertEquals(2L * vouchers, again.getJsonNumber("rowsLoaded").longValue());
        Map<String, Long> after = active(it);
        long expected4011 = 0;
        long expected5510 = 0;
        for (int i = 0; i < vouchers; i++) {
            long ore = (1000 + i % 5000) * 100L + 25;
            if (i % 2 == 0) {
                expected4011 += ore;
            } else {
                expected5510 += ore;
            }
        }
        assertEquals(expected4011, after.entrySet().stream().filter(e -> e.getKey().endsWith("4011"))
                .mapToLong(Map.Entry::getValue).sum());
        assertEquals(expected5510, after.entrySet().stream().filter(e -> e.getKey().endsWith("5510"))
                .mapToLong(Map.Entry::getValue).sum());
    }

    private static Map<String, Long> active(WebSession it) {
        return Json.sumsByPeriodAccount(it.getJson("/api/ledger/sums?source=ubw&from=203201&to=203212", "sv").body());
    }

    private static void awaitLinesRead(WebSession it, long id, long lines) throws InterruptedException {
        Instant limit = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(limit)) {
            JsonObject load = Json.object(it.getJson("/api/ledger/loads/" + id, "sv").body());
            if (!"RUNNING".equals(load.getString("status"))) {
                fail("the load ended before it could be killed: " + load);
            }
            if (load.getJsonNumber("linesReadSoFar").longValue() >= lines) {
                return;
            }
            Thread.sleep(50);
        }
        fail("the load did not get going within two minutes");
    }

    private static JsonObject awaitEnd(WebSession it, long id) throws InterruptedException {
        Instant limit = Instant.now().plusSeconds(600);
        while (Instant.now().isBefore(limit)) {
            JsonObject load = Json.object(it.getJson("/api/ledger/loads/" + id, "sv").body());
            if (!"RUNNING".equals(load.getString("status"))) {
                return load;
            }
            Thread.sleep(250);
        }
        return fail("the load did not end within ten minutes");
    }

    private static Path domain() {
        return Path.of(System.getProperty("payara.home"), "glassfish", "domains", System.getProperty("uniplan.it.domain"));
    }

    /** SIGKILL to the domain's own process, by the id Payara wrote when it started it. */
    private static void killServer() throws Exception {
        long pid = Long.parseLong(Files.readString(domain().resolve("config/pid")).trim());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no Payara process " + pid));
        assertTrue(server.info().commandLine().orElse("").contains("glassfish"), "pid " + pid + " is Payara");
        server.destroyForcibly();
        server.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
    }

    private static void startServer() throws IOException, InterruptedException {
        Process start = new ProcessBuilder(Path.of(System.getProperty("payara.home"), "bin", "asadmin").toString(),
                "start-domain", System.getProperty("uniplan.it.domain")).inheritIO().start();
        assertEquals(0, start.waitFor(), "asadmin start-domain");
        HttpClient client = HttpClient.newHttpClient();
        Instant limit = Instant.now().plusSeconds(240);
        while (Instant.now().isBefore(limit)) {
            try {
                HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/login.xhtml"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (login.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        fail("UniPlan did not answer within four minutes of the restart");
    }
}
