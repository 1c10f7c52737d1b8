package se.uniplan.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import se.uniplan.it.DemoUser;
import se.uniplan.it.WebSession;
import se.uniplan.it.browser.Browser;

/**
 * Benchmark, not a timed test: the figures of issue 3 for the plan grid, printed. A department of
 * 60 activities with a plan of 40 accounts × 12 months (28 800 figures) is opened in headless
 * Chromium ten times (navigation start to the grid's "plan-grid-ready" mark), and one cell is
 * saved through the API 200 times. Its name does not end in IT, so normal runs leave it out; run
 * it with {@code -Dit.test=PlanGridBenchmark} (see the README of the plan grid work).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanGridBenchmark {

    private static final int OPENS = 10;
    private static final int SAVES = 200;

    @Deployment(testable = false)
    static EnterpriseArchive ear() throws IOException {
        return Benchmarks.earWith(BenchSeedServlet.class);
    }

    @Test
    void openTheLargePlanAndSaveOneCell() {
        WebSession economist = WebSession.login(DemoUser.EKONOM_HISTORIA);
        HttpResponse<String> seeded = economist.postJson("/bench-seed", "");
        assertEquals(200, seeded.statusCode(), seeded.body());
        String path = "/plans/plan.xhtml?id=" + BenchSeedServlet.PLAN;

        List<Double> opens = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.login(DemoUser.EKONOM_HISTORIA);
            for (int i = 0; i < OPENS + 2; i++) {
                browser.open(path);
                browser.until(d -> "true".equals(d.findElement(By.id("planGrid")).getAttribute("data-ready")));
                double ms = ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                        "return performance.getEntriesByName('plan-grid-ready')[0].startTime;")).doubleValue();
                if (i >= 2) {
                    opens.add(ms);
                }
            }
            long figures = (Long) ((JavascriptExecutor) browser.driver()).executeScript("return window.planGrid.figures();");
            assertEquals(60L * 40 * 12, figures, "every figure is in the grid");
            // scrolling to the end draws the last activity's rows
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('gridScroll').scrollTop = 1e9;");
            browser.until(d -> !d.findElements(By.cssSelector("#planGrid tbody:last-of-type tr[data-k]")).isEmpty());
            browser.screenshot("plan-grid-benchmark");
        }

        List<Double> gets = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> grid = economist.getJson("/api/plans/" + BenchSeedServlet.PLAN + "/grid", "sv");
            gets.add((System.nanoTime() - t0) / 1e6);
            assertEquals(200, grid.statusCode());
        }

        List<Double> saves = new ArrayList<>();
        long seen = current(economist);
        for (int i = 0; i < SAVES + 10; i++) {
            long next = seen + 1;
            String body = "[{\"activityId\":" + BenchSeedServlet.FIRST_ACTIVITY + ",\"accountId\":2000,\"period\":1,\"expected\":"
                    + seen + ",\"amount\":" + next + "}]";
            long t0 = System.nanoTime();
            HttpResponse<String> put = economist.putJson("/api/plans/" + BenchSeedServlet.PLAN + "/cells?source=grid", body);
            double ms = (System.nanoTime() - t0) / 1e6;
            assertEquals(200, put.statusCode(), put.body());
            if (i >= 10) {
                saves.add(ms);
            }
            seen = next;
        }

        System.out.printf("%nPLAN GRID BENCHMARK (60 activities × 40 accounts × 12 months = 28 800 figures)%n");
        Benchmarks.print("open plans/plan.xhtml to grid ready (ms, " + OPENS + " runs)", opens);
        Benchmarks.print("GET /api/plans/{id}/grid (ms, 20 runs)", gets);
        Benchmarks.print("PUT /api/plans/{id}/cells, one cell (ms, " + SAVES + " runs)", saves);
        assertTrue(opens.size() == OPENS && saves.size() == SAVES);
    }

    private static long current(WebSession session) {
        String cells = session.getJson("/api/plans/" + BenchSeedServlet.PLAN + "/cells?activity="
                + BenchSeedServlet.FIRST_ACTIVITY + "&account=2000", "sv").body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[\\d+,2000,1,(-?\\d+)]").matcher(cells);
        assertTrue(m.find(), cells);
        return Long.parseLong(m.group(1));
    }
}
