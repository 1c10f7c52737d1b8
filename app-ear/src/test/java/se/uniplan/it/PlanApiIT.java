package se.uniplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The plan API as an economist and others use it: figures written with the amount the writer saw,
 * a stale one refused, locked plans and other departments refused, every write in the cell's
 * history with its path, spreading, copying, comments, and the paths in the OpenAPI document.
 * Demo data: plan 7114 is HS-HIS's draft in Budget 2027, 7104 the same department in Budget 2026
 * (round 7000), 7111 NT-KEM's registered (locked) plan, 7115 HS-PSY's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanApiIT {

    private static final long DRAFT = 7114;
    private static final long HISTORY_TEACHING = 1014;
    private static final long HISTORY_RESEARCH = 1015;
    private static final long GRANT_EDUCATION = 2000;
    private static final long CONSULTANTS = 2014;
    private static final long TRAVEL = 2013;

    private static final Pattern CELL = Pattern.compile("\\[(\\d+),(\\d+),(\\d+),(-?\\d+)]");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void anEconomistWritesAFigureWhichTheHistoryShowsAndAStaleOneIsRefused() {
        WebSession economist = WebSession.login(DemoUser.EKONOM_HISTORIA);
        long seen = amount(economist, DRAFT, HISTORY_TEACHING, GRANT_EDUCATION, 1);
        long typed = seen + 12_345;

        HttpResponse<String> written = economist.putJson("/api/plans/" + DRAFT + "/cells",
                "[" + change(HISTORY_TEACHING, GRANT_EDUCATION, 1, seen, typed) + "]");
        assertEquals(200, written.statusCode(), written.body());
        assertEquals("[[" + HISTORY_TEACHING + "," + GRANT_EDUCATION + ",1," + typed + "]]", written.body());
        assertEquals(typed, amount(economist, DRAFT, HISTORY_TEACHING, GRANT_EDUCATION, 1));

        String history = economist.getJson("/api/plans/" + DRAFT + "/cells/history?activity=" + HISTORY_TEACHING
                + "&account=" + GRANT_EDUCATION + "&period=1", "sv").body();
        assertTrue(history.contains("\"actor\":\"ekonom.historia\""), history);
        assertTrue(history.contains("\"oldValue\":\"" + seen + "\"") && history.contains("\"newValue\":\"" + typed + "\""), history);
        assertTrue(history.contains("\"path\":\"REST\""), history);

        // somebody who still sees the old figure: refused with 409 and a message, nothing saved
        HttpResponse<String> stale = economist.putJson("/api/plans/" + DRAFT + "/cells",
                "[" + change(HISTORY_TEACHING, GRANT_EDUCATION, 1, seen, 1) + "]");
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("error.concurrentEdit") && stale.body().contains("Någon annan har ändrat"), stale.body());
        assertEquals(typed, amount(economist, DRAFT, HISTORY_TEACHING, GRANT_EDUCATION, 1));

        // the page's writes are audited as typed in the grid
        HttpResponse<String> fromGrid = economist.putJson("/api/plans/" + DRAFT + "/cells?source=grid",
                "[" + change(HISTORY_TEACHING, GRANT_EDUCATION, 1, typed, seen) + "]");
        assertEquals(200, fromGrid.statusCode(), fromGrid.body());
        assertTrue(economist.getJson("/api/plans/" + DRAFT + "/cells/history?activity=" + HISTORY_TEACHING
                + "&account=" + GRANT_EDUCATION + "&period=1", "sv").body().contains("\"path\":\"GRID\""));
    }

    @Test
    void lockedPlansAndOtherDepartmentsAreRefused() {
        // NT-KEM's plan is registered: locked, even for its own economist
        HttpResponse<String> locked = WebSession.login(DemoUser.EKONOM_FYSIK).putJson("/api/plans/7111/cells",
                "[" + change(1004, GRANT_EDUCATION, 1, null, 1) + "]");
        assertEquals(422, locked.statusCode(), locked.body());
        assertTrue(locked.body().contains("error.plan.locked") && locked.body().contains("låst")
                && locked.body().contains("Registrerad"), locked.body());

        WebSession economist = WebSession.login(DemoUser.EKONOM_HISTORIA);
        assertEquals(403, economist.putJson("/api/plans/7115/cells",
                "[" + change(1017, GRANT_EDUCATION, 1, null, 1) + "]").statusCode(), "HS-PSY is not hers");
        assertEquals(403, WebSession.login(DemoUser.AVDCHEF_FYSIK).putJson("/api/plans/" + DRAFT + "/cells",
                "[" + change(HISTORY_TEACHING, GRANT_EDUCATION, 2, null, 1) + "]").statusCode());

        HttpResponse<String> dean = WebSession.login(DemoUser.DEKAN_HS).getJson("/api/plans/" + DRAFT, "sv");
        assertEquals(200, dean.statusCode(), dean.body());
        assertTrue(dean.body().contains("\"editable\":false") && dean.body().contains("\"readOnlyReason\":\"NO_AUTHORITY\""), dean.body());
        assertTrue(dean.body().contains("\"code\":\"HS-HIS\"") && dean.body().contains("\"label\":\"Budget 2027\""), dean.body());
        assertEquals(403, WebSession.login(DemoUser.EKONOM_FYSIK).getJson("/api/plans/" + DRAFT, "sv").statusCode());
        assertEquals(403, WebSession.login(DemoUser.EKONOM_FYSIK).getJson("/api/plans/" + DRAFT + "/grid", "sv").statusCode());

        HttpResponse<String> own = economist.getJson("/api/plans/" + DRAFT, "en");
        assertTrue(own.body().contains("\"editable\":true") && own.body().contains("\"state\":\"DRAFT\"")
                && own.body().contains("EDIT_PLAN"), own.body());
    }

    @Test
    void theGridIsCompactAndSaysWhoMayEdit() {
        HttpResponse<String> grid = WebSession.login(DemoUser.EKONOM_HISTORIA).getJson("/api/plans/" + DRAFT + "/grid", "sv");
        assertEquals(200, grid.statusCode(), grid.body());
        String body = grid.body();
        assertTrue(body.contains("\"editable\":true"), body);
        assertTrue(body.contains("\"code\":\"HS-HIS-10\"") && body.contains("\"number\":\"3011\"")
                && body.contains("\"kind\":\"REVENUE\"") && body.contains("\"accountClass\":\"Intäkter av anslag\""), body);
        assertTrue(cells(body).size() > 100, "the demo plan's figures as [activity, account, period, amount]");
        assertFalse(body.contains(",0]"), "no zero cells are sent");
        assertTrue(WebSession.login(DemoUser.DEKAN_HS).getJson("/api/plans/7115/grid", "sv").body()
                .contains("\"readOnlyReason\":\"LOCKED\""));
    }

    @Test
    void spreadingEvenlyAddsUpExactly() {
        WebSession economist = WebSession.login(DemoUser.EKONOM_HISTORIA);
        HttpResponse<String> spread = economist.postJson("/api/plans/" + DRAFT + "/spread",
                "{\"activityId\":" + HISTORY_RESEARCH + ",\"accountId\":" + CONSULTANTS + ",\"total\":100001,\"kind\":\"EVEN\"}");
        assertEquals(200, spread.statusCode(), spread.body());
        Map<Integer, Long> months = row(economist, DRAFT, HISTORY_RESEARCH, CONSULTANTS);
        assertEquals(12, months.size(), months.toString());
        assertEquals(100_001, months.values().stream().mapToLong(Long::longValue).sum());
        assertTrue(months.values().stream().allMatch(v -> v == 8333 || v == 8334), months.toString());

        HttpResponse<String> custom = economist.postJson("/api/plans/" + DRAFT + "/spread",
                "{\"activityId\":" + HISTORY_RESEARCH + ",\"accountId\":" + CONSULTANTS
                        + ",\"total\":1200,\"kind\":\"CUSTOM\",\"weights\":[1,1,1,1,1,1,0,0,1,1,1,1]}");
        assertEquals(200, custom.statusCode(), custom.body());
        Map<Integer, Long> after = row(economist, DRAFT, HISTORY_RESEARCH, CONSULTANTS);
        assertEquals(1200, after.values().stream().mapToLong(Long::longValue).sum());
        assertFalse(after.containsKey(7) || after.containsKey(8), "July and August weigh nothing: " + after);
        assertTrue(economist.getJson("/api/plans/" + DRAFT + "/cells/history?activity=" + HISTORY_RESEARCH
                + "&account=" + CONSULTANTS + "&period=7", "sv").body().contains("\"path\":\"SPREAD\""));

        HttpResponse<String> wrongKey = economist.postJson("/api/plans/" + DRAFT + "/spread",
                "{\"activityId\":" + HISTORY_RESEARCH + ",\"accountId\":" + CONSULTANTS + ",\"total\":1200,\"kind\":\"CUSTOM\",\"weights\":[1,2]}");
        assertEquals(422, wrongKey.statusCode(), wrongKey.body());
        assertTrue(wrongKey.body().contains("12 vikter"), wrongKey.body());
    }

    @Test
    void commentsOnTheCellRowAndPlanComeBack() {
        WebSession economist = WebSession.login(DemoUser.EKONOM_HISTORIA);
        HttpResponse<String> cell = economist.postJson("/api/plans/" + DRAFT + "/comments",
                "{\"activityId\":" + HISTORY_TEACHING + ",\"accountId\":" + TRAVEL + ",\"period\":3,\"text\":\"Konferens i Lund\"}");
        assertEquals(201, cell.statusCode(), cell.body());
        assertEquals(201, economist.postJson("/api/plans/" + DRAFT + "/comments",
                "{\"activityId\":" + HISTORY_TEACHING + ",\"accountId\":" + TRAVEL + ",\"text\":\"Resor enligt plan\"}").statusCode());
        // the dean may comment on a plan she can only read
        assertEquals(201, WebSession.login(DemoUser.DEKAN_HS).postJson("/api/plans/" + DRAFT + "/comments",
                "{\"text\":\"Se över resorna\"}").statusCode());
        HttpResponse<String> empty = economist.postJson("/api/plans/" + DRAFT + "/comments", "{\"text\":\"  \"}");
        assertEquals(422, empty.statusCode());
        assertTrue(empty.body().contains("Skriv en kommentar"), empty.body());

        String all = economist.getJson("/api/plans/" + DRAFT + "/comments", "sv").body();
        assertTrue(all.contains("\"text\":\"Konferens i Lund\"") && all.contains("\"period\":3"), all);
        assertTrue(all.contains("\"text\":\"Resor enligt plan\"") && all.contains("\"author\":\"dekan.hs\""), all);
        assertTrue(economist.getJson("/api/plans/" + DRAFT + "/grid", "sv").body().contains("Konferens i Lund"));
        assertEquals(403, WebSession.login(DemoUser.EKONOM_FYSIK).getJson("/api/plans/" + DRAFT + "/comments", "sv").statusCode());
    }

    @Test
    void aCopyOfLastYearGivesTheSameTotalsAsLastYearsPlan() {
        WebSession economist = WebSession.login(DemoUser.EKONOM_HISTORIA);
        HttpResponse<String> copied = economist.postJson("/api/plans/" + DRAFT + "/copy", "{\"sourceRoundId\":7000}");
        assertEquals(200, copied.statusCode(), copied.body());
        assertTrue(copied.body().matches("\\{\"changed\":[1-9]\\d*}"), copied.body());
        assertEquals(rowTotals(economist.getJson("/api/plans/7104/grid", "sv").body()),
                rowTotals(economist.getJson("/api/plans/" + DRAFT + "/grid", "sv").body()));
        assertTrue(economist.getJson("/api/plans/" + DRAFT + "/cells/history?activity=" + HISTORY_TEACHING
                + "&account=" + GRANT_EDUCATION + "&period=2", "sv").body().contains("\"path\":\"COPY\""));
        HttpResponse<String> itself = economist.postJson("/api/plans/" + DRAFT + "/copy", "{\"sourceRoundId\":7001}");
        assertEquals(422, itself.statusCode(), itself.body());
    }

    @Test
    void theOpenApiDocumentHasThePlanPaths() {
        HttpResponse<String> doc = WebSession.anonymous().get(Deployments.serverUrl() + "/openapi");
        assertEquals(200, doc.statusCode(), doc.body());
        String body = doc.body();
        for (String path : new String[] {"/plans/{id}:", "/plans/{id}/grid:", "/plans/{id}/cells:",
                "/plans/{id}/cells/history:", "/plans/{id}/comments:", "/plans/{id}/spread:", "/plans/{id}/copy:"}) {
            assertTrue(body.contains(path), path + " in\n" + body);
        }
        assertTrue(body.contains("Plans"), "the tag");
        assertTrue(body.contains("'409'") || body.contains("\"409\"") || body.contains("409:"), "the documented refusals");
    }

    private static String change(long activity, long account, int period, Long expected, long amount) {
        return "{\"activityId\":" + activity + ",\"accountId\":" + account + ",\"period\":" + period
                + ",\"expected\":" + expected + ",\"amount\":" + amount + "}";
    }

    private static long amount(WebSession session, long plan, long activity, long account, int period) {
        return row(session, plan, activity, account).getOrDefault(period, 0L);
    }

    private static Map<Integer, Long> row(WebSession session, long plan, long activity, long account) {
        HttpResponse<String> cells = session.getJson("/api/plans/" + plan + "/cells?activity=" + activity + "&account=" + account, "sv");
        assertEquals(200, cells.statusCode(), cells.body());
        Map<Integer, Long> months = new TreeMap<>();
        cells(cells.body()).forEach(c -> months.put((int) c[2], c[3]));
        return months;
    }

    private static java.util.List<long[]> cells(String json) {
        java.util.List<long[]> out = new java.util.ArrayList<>();
        Matcher m = CELL.matcher(json);
        while (m.find()) {
            out.add(new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                    Long.parseLong(m.group(4))});
        }
        return out;
    }

    private static Map<String, Long> rowTotals(String grid) {
        Map<String, Long> totals = new TreeMap<>();
        cells(grid).forEach(c -> totals.merge(c[0] + "/" + c[1], c[3], Long::sum));
        return totals;
    }
}
