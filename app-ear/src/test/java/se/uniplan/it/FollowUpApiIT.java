package se.uniplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.uniplan.it.MiniJson.list;
import static se.uniplan.it.MiniJson.number;
import static se.uniplan.it.MiniJson.object;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.uniplan.it.DemoUser.DemoUnits;

/**
 * Follow-up over REST against the demo ledger: each level adds up to the level above it, the
 * transactions add up to the account's figure, the figures equal an independent count of the demo
 * migration's lines, the budget is Budget 2026 and the forecast Prognos T2 2026, and a department's
 * economist is refused another faculty's figures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FollowUpApiIT {

    private static final String YTD_OCTOBER = "year=2026&view=YEAR_TO_DATE&month=10";
    private static final long HISTORY_EDUCATION = 1014;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private static Map<String, Object> get(WebSession session, String query) {
        HttpResponse<String> response = session.getJson("/api/followup?" + query, "sv");
        assertEquals(200, response.statusCode(), query + ": " + response.body());
        return object(MiniJson.parse(response.body()));
    }

    private static List<Map<String, Object>> rows(Map<String, Object> report) {
        return list(report.get("rows")).stream().map(MiniJson::object).toList();
    }

    private static Map<String, Object> row(Map<String, Object> report, Predicate<Map<String, Object>> which) {
        return rows(report).stream().filter(which).findFirst().orElseThrow(() -> new AssertionError("no such row in " + report));
    }

    private static long sum(List<Map<String, Object>> rows, String field) {
        return rows.stream().mapToLong(r -> number(r, field)).sum();
    }

    private static long total(Map<String, Object> report, String measure, String field) {
        return list(report.get("totals")).stream().map(MiniJson::object).filter(t -> measure.equals(t.get("code")))
                .mapToLong(t -> number(t, field)).findFirst().orElseThrow();
    }

    /** The newest forecast round of 2026 (other tests may have added one after Prognos T2 2026). */
    private static String newestForecastOf2026(WebSession session) {
        HttpResponse<String> rounds = session.getJson("/api/rounds", "sv");
        return list(MiniJson.parse(rounds.body())).stream().map(MiniJson::object)
                .filter(r -> "FORECAST".equals(r.get("kind")) && "2026".equals(r.get("fiscalYear")))
                .map(r -> (String) r.get("label")).findFirst().orElseThrow();
    }

    /** Revenue − cost of the demo lines matching {@code which}, January to October: −(sum of debits and credits). */
    private static long expectedResult(Predicate<DemoLedger.Line> which) {
        return -DemoLedger.lines().stream().filter(DemoLedger.Line::result).filter(l -> l.period() <= 202610)
                .filter(which).mapToLong(DemoLedger.Line::amount).sum();
    }

    @Test
    void eachLevelAddsUpToTheOneAboveAndToTheDemoLedger() {
        WebSession approver = WebSession.login(DemoUser.GODKANNARE);
        Map<String, Object> university = get(approver, YTD_OCTOBER);
        assertEquals("Budget 2026", university.get("budgetRound"));
        assertEquals(newestForecastOf2026(approver), university.get("forecastRound"));
        assertEquals(10L, number(university, "lastActualMonth"));
        assertEquals(List.of("HS", "NT", "UF"), rows(university).stream().map(r -> (String) r.get("code")).sorted().toList());
        long universityResult = total(university, "RESULT", "actual");
        assertEquals(universityResult, sum(rows(university), "actual"), "the faculties add up to the university");
        assertEquals(expectedResult(l -> true), universityResult, "the university's result is the demo ledger's");
        assertEquals(total(university, "REVENUE", "budget") - total(university, "COST", "budget"),
                total(university, "RESULT", "budget"));

        Map<String, Object> faculty = get(approver, YTD_OCTOBER + "&unit=" + DemoUnits.FACULTY_HS);
        assertEquals(number(row(university, r -> "HS".equals(r.get("code"))), "actual"), total(faculty, "RESULT", "actual"));
        assertEquals(number(row(university, r -> "HS".equals(r.get("code"))), "budget"), total(faculty, "RESULT", "budget"));
        assertEquals(List.of("HS-FEK", "HS-HIS", "HS-PSY"), rows(faculty).stream().map(r -> (String) r.get("code")).sorted().toList());

        Map<String, Object> department = get(approver, YTD_OCTOBER + "&unit=" + DemoUnits.HISTORY);
        long history = number(row(faculty, r -> "HS-HIS".equals(r.get("code"))), "actual");
        assertEquals(history, total(department, "RESULT", "actual"));
        assertEquals(history, sum(rows(department), "actual"), "the activities and what no activity holds add up");
        assertEquals(expectedResult(l -> Objects.equals(l.unit(), DemoUnits.HISTORY)), history);
        assertTrue(rows(department).stream().anyMatch(r -> "UNASSIGNED".equals(r.get("kind"))),
                "history booked material on no activity");

        Map<String, Object> activity = get(approver, YTD_OCTOBER + "&unit=" + DemoUnits.HISTORY + "&activity=" + HISTORY_EDUCATION);
        long education = number(row(department, r -> "HS-HIS-10".equals(r.get("code"))), "actual");
        assertEquals(education, total(activity, "RESULT", "actual"));
        Map<String, Object> salaries = row(activity, r -> "4011".equals(r.get("code")));
        assertEquals("COST", salaries.get("measure"));
        assertTrue(number(salaries, "actual") > 0, "cost is shown positive");
        assertEquals(-DemoLedger.lines().stream().filter(l -> l.period() <= 202610 && "3011".equals(l.account())
                && Objects.equals(l.activity(), HISTORY_EDUCATION)).mapToLong(DemoLedger.Line::amount).sum(),
                number(row(activity, r -> "3011".equals(r.get("code"))), "actual"), "revenue is shown positive");

        HttpResponse<String> response = approver.getJson("/api/followup/transactions?" + YTD_OCTOBER + "&unit="
                + DemoUnits.HISTORY + "&activity=" + HISTORY_EDUCATION + "&account=4011", "sv");
        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> transactions = object(MiniJson.parse(response.body()));
        assertEquals(number(salaries, "actual"), number(transactions, "sum"), "the transactions add up to the account's figure");
        assertEquals(10L, number(transactions, "count"), "one salary line a month");
        Map<String, Object> first = object(list(transactions.get("rows")).get(0));
        assertEquals("2026-01-25", first.get("date"));
        assertTrue(((String) first.get("voucher")).startsWith("LON-2026-"), first.toString());
        assertEquals("Lön lärare och forskare januari", first.get("text"));
    }

    @Test
    void periodViewsTakeTheirMonths() {
        WebSession approver = WebSession.login(DemoUser.GODKANNARE);
        long march = total(get(approver, "year=2026&view=MONTH&month=3&unit=" + DemoUnits.PHYSICS), "RESULT", "actual");
        assertEquals(expectedResult(l -> l.period() == 202603 && Objects.equals(l.unit(), DemoUnits.PHYSICS)), march);
        Map<String, Object> fullYear = get(approver, "year=2026&view=FULL_YEAR&unit=" + DemoUnits.PHYSICS);
        Map<String, Object> toOctober = get(approver, YTD_OCTOBER + "&unit=" + DemoUnits.PHYSICS);
        assertEquals(total(toOctober, "RESULT", "actual"), total(fullYear, "RESULT", "actual"), "nothing booked after October");
        assertTrue(total(fullYear, "COST", "budget") > total(toOctober, "COST", "budget"), "the full year's budget is larger");
        List<Object> months = list(fullYear.get("months"));
        assertEquals(12, months.size());
        assertNotNull(object(months.get(9)).get("actualAccumulated"));
        assertEquals(null, object(months.get(10)).get("actualAccumulated"), "November has no actuals yet");
        assertEquals(total(toOctober, "RESULT", "actual"), number(object(months.get(9)), "actualAccumulated"));
    }

    @Test
    void aVarianceOverTheAlertThresholdIsAnAlert() {
        WebSession approver = WebSession.login(DemoUser.GODKANNARE);
        // the demo ledger runs physics' travel about 30 % over budget
        Map<String, Object> research = get(approver, YTD_OCTOBER + "&unit=" + DemoUnits.PHYSICS + "&activity=1002");
        Map<String, Object> travel = object(row(research, r -> "5510".equals(r.get("code"))).get("vsBudget"));
        assertEquals("ALERT", travel.get("level"), travel.toString());
        assertTrue(((java.math.BigDecimal) travel.get("percent")).doubleValue() > 10, travel.toString());
    }

    @Test
    void aDepartmentsEconomistSeesTheDepartmentOnly() {
        WebSession economist = WebSession.login(DemoUser.EKONOM_HISTORIA);
        Map<String, Object> own = get(economist, YTD_OCTOBER);
        assertEquals(DemoUnits.HISTORY, number(object(list(own.get("path")).get(2)), "unit"), "starts at the own department");
        assertEquals(Boolean.FALSE, object(list(own.get("path")).get(0)).get("reachable"), "the university is named, not open");
        for (String query : List.of("unit=" + DemoUnits.FACULTY_NT, "unit=" + DemoUnits.UNIVERSITY, "unit=" + DemoUnits.PHYSICS,
                "unit=" + DemoUnits.PHYSICS + "&activity=1000&account=4011")) {
            HttpResponse<String> refused = economist.getJson("/api/followup?" + YTD_OCTOBER + "&" + query, "sv");
            assertEquals(403, refused.statusCode(), query + ": " + refused.body());
        }
        assertEquals(403, economist.getJson("/api/followup/transactions?" + YTD_OCTOBER + "&unit=" + DemoUnits.PHYSICS
                + "&account=4011", "sv").statusCode());
        assertEquals(403, economist.getBytes("/api/followup/xlsx?table=ROWS&unit=" + DemoUnits.FACULTY_NT).statusCode());
        assertEquals(422, economist.getJson("/api/followup?year=2026&unit=" + DemoUnits.HISTORY + "&view=WEEK", "sv")
                .statusCode());
    }

    @Test
    void eachTableExportsToXlsx() {
        WebSession approver = WebSession.login(DemoUser.GODKANNARE);
        for (String table : List.of("ROWS", "MONTHS", "TRANSACTIONS")) {
            HttpResponse<byte[]> file = approver.getBytes("/api/followup/xlsx?table=" + table + "&" + YTD_OCTOBER + "&unit="
                    + DemoUnits.HISTORY + "&activity=" + HISTORY_EDUCATION + "&account=4011");
            assertEquals(200, file.statusCode(), table);
            assertEquals('P', (char) file.body()[0], table + " is a zip (xlsx)");
            assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"), table);
        }
    }
}
