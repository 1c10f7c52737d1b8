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
import se.uniplan.it.DemoUser;
import se.uniplan.it.WebSession;
import se.uniplan.it.browser.Browser;

/**
 * Benchmark, not a timed test: issue 3's roll-up figure, printed. A university of 50 departments
 * (RollUpSeedServlet) is rolled up to the university total through the API 50 times, its status
 * board read 50 times, and the round's page (board and roll-up) opened in headless Chromium ten
 * times. Its name does not end in IT, so normal runs leave it out; run it with
 * {@code -Dit.test=RollUpBenchmark} (see the README).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RollUpBenchmark {

    private static final int RUNS = 50;

    @Deployment(testable = false)
    static EnterpriseArchive ear() throws IOException {
        return Benchmarks.earWith(RollUpSeedServlet.class);
    }

    @Test
    void rollUpFiftyDepartments() {
        WebSession approver = WebSession.login(DemoUser.GODKANNARE);
        HttpResponse<String> seeded = approver.postJson("/rollup-seed", "");
        assertEquals(200, seeded.statusCode(), seeded.body());
        String round = "/api/rounds/" + RollUpSeedServlet.ROUND;

        List<Double> rollUps = time(approver, round + "/rollup", "\"plans\":");
        String body = approver.getJson(round + "/rollup", "sv").body();
        int plans = body.split("\"plans\":").length - 1;
        assertEquals(3, plans, "the three groups of the university: " + body);
        List<Double> boards = time(approver, round + "/board", "\"department\":");

        List<Double> pages = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.login(DemoUser.GODKANNARE);
            for (int i = 0; i < 12; i++) {
                long t0 = System.nanoTime();
                browser.open("/rounds/round.xhtml?id=" + RollUpSeedServlet.ROUND);
                browser.find(By.id("roundForm:rollUp"));
                if (i >= 2) {
                    pages.add((System.nanoTime() - t0) / 1e6);
                }
            }
            browser.screenshot("rollup-benchmark");
        }

        System.out.printf("%nROLL-UP BENCHMARK (%d departments × %d activities × 20 accounts × 12 months = %d figures)%n",
                RollUpSeedServlet.DEPARTMENTS, RollUpSeedServlet.ACTIVITIES,
                RollUpSeedServlet.DEPARTMENTS * RollUpSeedServlet.ACTIVITIES * 240);
        Benchmarks.print("GET /api/rounds/{id}/rollup, university total (ms, " + RUNS + " runs)", rollUps);
        Benchmarks.print("GET /api/rounds/{id}/board, 50 departments (ms, " + RUNS + " runs)", boards);
        Benchmarks.print("open rounds/round.xhtml, board and roll-up (ms, 10 runs)", pages);
        assertTrue(rollUps.size() == RUNS && pages.size() == 10);
    }

    private static List<Double> time(WebSession session, String path, String mustContain) {
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < RUNS + 5; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> response = session.getJson(path, "sv");
            double ms = (System.nanoTime() - t0) / 1e6;
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.body().contains(mustContain), response.body());
            if (i >= 5) {
                samples.add(ms);
            }
        }
        return samples;
    }
}
