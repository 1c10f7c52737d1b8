package se.uniplan.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.uniplan.it.DemoUser;
import se.uniplan.it.Json;
import se.uniplan.it.WebSession;

/**
 * Benchmark, not a timed test: issue 4's figures, printed. The generator of the UBW plugin's tests
 * writes a year of ledger lines for the demo university scaled up to 200 departments
 * ({@code -Dbench.rows}, default 10 000 000 on PostgreSQL; {@code -Dbench.h2.rows}, default 500 000 on
 * the embedded H2) and a night's delta of 50 000 rows; the organisation is
 * seeded from its master data. Then, on the test domain's database:
 * <ol>
 *   <li>PostgreSQL only: a raw {@code COPY} of the file into an unindexed table with agltransact's
 *       columns (the baseline);</li>
 *   <li>the full load end to end, as the nightly run does it from the drop folder (link into the
 *       work folder, read, check, write, analyse, total, reconcile, commit), and its ratio to the
 *       COPY; then, on PostgreSQL, the indexing of its lines that follows the commit, one drill to
 *       transactions before that has ended, and the ratio of load and indexing together;</li>
 *   <li>the nightly delta, and the same delta again (every line already loaded);</li>
 *   <li>the follow-up report at the university and drilled down to a department, and one
 *       department's transactions on one account, 50 times each (p95).</li>
 * </ol>
 * Run with {@code -Dit.test=LedgerLoadBenchmark} (add {@code -Duniplan.test.postgresql=true} for
 * PostgreSQL); see the README.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LedgerLoadBenchmark {

    private static final int RUNS = 50;
    /** A generated department (about 6 900 lines a year on account 5810 in the 10 M-row file). */
    private static final String DRILL_UNIT = "F7-D13";
    private static final String TRANSACTIONS = "/api/followup/transactions?year=2026&account=5810&view=YEAR_TO_DATE&month=10&unit=";

    @Deployment(testable = false)
    static EnterpriseArchive ear() throws IOException {
        return Benchmarks.earWith(LedgerBenchServlet.class);
    }

    @Test
    void loadAYearOfLedgerLines() throws Exception {
        boolean postgres = "postgresql".equals(System.getProperty("uniplan.it.db"));
        long rows = postgres ? Long.getLong("bench.rows", 10_000_000L) : Long.getLong("bench.h2.rows", 500_000L);
        Path dir = Path.of("target", "ledger-bench").toAbsolutePath();
        Path full = dir.resolve("agltransact-" + rows + ".csv");
        Path delta = dir.resolve("delta-2026-11-03.csv");
        if (!Files.exists(full)) {
            generate(full, rows, null);
        }
        if (!Files.exists(delta)) {
            generate(delta, rows, "2026-11-03");
        }

        WebSession it = WebSession.login(DemoUser.IT);
        HttpResponse<String> seeded = it.postBytes("/ledger-bench?action=seed", Files.readAllBytes(dir.resolve("agldimvalue.csv")),
                "text/plain");
        assertEquals(200, seeded.statusCode(), seeded.body());
        load(it, "aglaccounts.csv", Files.readAllBytes(dir.resolve("aglaccounts.csv")));
        load(it, "agldimvalue.csv", Files.readAllBytes(dir.resolve("agldimvalue.csv")));

        long copyMs = -1;
        if (postgres) {
            HttpResponse<String> copy = it.postBytes("/ledger-bench?action=copy&file=" + full, new byte[0], "text/plain");
            assertEquals(200, copy.statusCode(), copy.body());
            copyMs = Long.parseLong(copy.body().trim());
        }

        Path drop = Path.of(System.getProperty("payara.home"), "glassfish", "domains", System.getProperty("uniplan.it.domain"),
                "ledger-drop");
        Files.createDirectories(drop.resolve("replace"));
        Files.copy(full, drop.resolve("replace").resolve(full.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        long t0 = System.nanoTime();
        JsonObject loaded = runNightly(it).get(0);
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        assertEquals("LOADED", loaded.getString("status"), loaded.toString());
        assertEquals(rows, loaded.getJsonNumber("rowsLoaded").longValue());
        long drillNotIndexedMs = transactionsMs();
        long indexedMs = untilIndexed(it, loaded) - t0 / 1_000_000 - loadMs;

        Files.copy(delta, drop.resolve(delta.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        t0 = System.nanoTime();
        JsonObject deltaLoad = runNightly(it).get(0);
        long deltaMs = (System.nanoTime() - t0) / 1_000_000;
        assertEquals("LOADED", deltaLoad.getString("status"), deltaLoad.toString());
        long deltaIndexedMs = untilIndexed(it, deltaLoad) - t0 / 1_000_000 - deltaMs;
        Files.copy(delta, drop.resolve("again-" + delta.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        t0 = System.nanoTime();
        JsonObject again = runNightly(it).get(0);
        long againMs = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(0, again.getInt("rowsLoaded"), again.toString());

        WebSession approver = WebSession.login(DemoUser.GODKANNARE);
        long f0 = System.nanoTime();
        HttpResponse<String> first = approver.getJson("/api/followup?year=2026&unit=1&view=YEAR_TO_DATE&month=10", "sv");
        long firstMs = (System.nanoTime() - f0) / 1_000_000;
        assertEquals(200, first.statusCode(), first.body());
        List<Double> university = time(approver, "/api/followup?year=2026&unit=1&view=YEAR_TO_DATE&month=10");
        long department = departmentId(approver);
        List<Double> drill = time(approver, "/api/followup?year=2026&unit=" + department + "&view=YEAR_TO_DATE&month=10");
        List<Double> transactions = time(approver, TRANSACTIONS + unitId(approver, DRILL_UNIT));

        System.out.printf("%nLEDGER LOAD BENCHMARK (%s, %,d rows, %,d MB file, %d cores)%n", postgres ? "PostgreSQL" : "H2",
                rows, Files.size(full) >> 20, Runtime.getRuntime().availableProcessors());
        if (postgres) {
            System.out.printf("  raw COPY into an unindexed table                    %,8d ms%n", copyMs);
        }
        System.out.printf("  full load end to end (nightly run, drop folder)     %,8d ms  %,.0f rows/s%n", loadMs,
                rows * 1000.0 / loadMs);
        if (postgres) {
            System.out.printf("  ratio load / COPY                                   %8.2f  (target ≤ 1.30)%n", (double) loadMs / copyMs);
        }
        if (postgres) { // H2's one table keeps its indexes as rows arrive; there is nothing to build afterwards
            System.out.printf("  then indexing its lines for drill-down (background) %,8d ms%n", indexedMs);
            System.out.printf("  ratio (load + indexes) / COPY                       %8.2f%n", (double) (loadMs + indexedMs) / copyMs);
            System.out.printf("  transactions of one account, one department, YTD, before the index %,6d ms%n", drillNotIndexedMs);
        }
        System.out.printf("  nightly delta of %,d rows                        %,8d ms  (target ≤ 5 000)%n",
                deltaLoad.getJsonNumber("rowsLoaded").longValue(), deltaMs);
        if (postgres) {
            System.out.printf("  then indexing the delta's lines (background)        %,8d ms%n", deltaIndexedMs);
        }
        System.out.printf("  the same delta again (every line already loaded)    %,8d ms%n", againMs);
        System.out.printf("  first GET /api/followup, university, right after the loads %,6d ms  (the warm-up after a"
                + " load may still be reading; its time is in server.log)%n", firstMs);
        Benchmarks.print("GET /api/followup, university, YTD (ms, " + RUNS + " runs)", university);
        Benchmarks.print("GET /api/followup, one department, YTD (ms, " + RUNS + " runs)", drill);
        Benchmarks.print("GET /api/followup/transactions, one department and account, YTD (ms, " + RUNS + " runs)",
                transactions);
        assertTrue(university.size() == RUNS);
    }

    private static void generate(Path out, long rows, String deltaDay) throws IOException, InterruptedException {
        Files.createDirectories(out.getParent());
        Path plugin = Path.of("..", "plugins");
        String classpath = String.join(File.pathSeparator, plugin.resolve("ubw/target/test-classes").toString(),
                plugin.resolve("ubw/target/classes").toString(), plugin.resolve("plugin-api/target/classes").toString());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "se.uniplan.plugin.ubw.bench.LedgerGenerator", out.toString(), Long.toString(rows), "42"));
        if (deltaDay != null) {
            command.addAll(List.of("--delta-day", deltaDay));
        }
        Process generator = new ProcessBuilder(command).inheritIO().start();
        assertEquals(0, generator.waitFor(), "the generator");
    }

    private static void load(WebSession it, String name, byte[] content) {
        HttpResponse<String> response = it.postBytes("/api/ledger/loads?source=ubw&wait=true&mode=REPLACE", content,
                "application/octet-stream", "X-File-Name", name);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("LOADED", Json.object(response.body()).getString("status"), response.body());
    }

    private static List<JsonObject> runNightly(WebSession it) {
        HttpResponse<String> run = it.postJson("/api/ledger/run", "");
        assertEquals(200, run.statusCode(), run.body());
        return Json.array(run.body()).stream().map(v -> v.asJsonObject()).toList();
    }

    /** Polls the load until its lines are indexed; returns the time it saw that, in ms of {@code System.nanoTime()}. */
    private static long untilIndexed(WebSession it, JsonObject load) throws InterruptedException {
        String path = "/api/ledger/loads/" + load.getJsonNumber("id").longValue();
        for (int i = 0; i < 6_000; i++) {
            HttpResponse<String> response = it.getJson(path, "sv");
            assertEquals(200, response.statusCode(), response.body());
            JsonObject now = Json.object(response.body());
            if (now.containsKey("indexedAt") && !now.isNull("indexedAt")) {
                return System.nanoTime() / 1_000_000;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("load " + path + " was not indexed within ten minutes");
    }

    /** One drill to the transactions of a department's account right after the load, as a controller might. */
    private static long transactionsMs() {
        WebSession approver = WebSession.login(DemoUser.GODKANNARE);
        long t0 = System.nanoTime();
        HttpResponse<String> response = approver.getJson(TRANSACTIONS + unitId(approver, DRILL_UNIT), "sv");
        assertEquals(200, response.statusCode(), response.body());
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static long departmentId(WebSession approver) {
        return unitId(approver, "NT-FYS");
    }

    private static long unitId(WebSession approver, String code) {
        String units = approver.getJson("/api/units", "sv").body();
        return Json.array(units).stream().map(v -> v.asJsonObject()).filter(u -> code.equals(u.getString("code")))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static List<Double> time(WebSession session, String path) {
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < RUNS + 5; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> response = session.getJson(path, "sv");
            double ms = (System.nanoTime() - t0) / 1e6;
            assertEquals(200, response.statusCode(), response.body());
            if (i >= 5) {
                samples.add(ms);
            }
        }
        return samples;
    }
}
