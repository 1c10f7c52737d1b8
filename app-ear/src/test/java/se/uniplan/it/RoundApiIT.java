package se.uniplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rounds API answers with the same authority as the pages: the status board shows each
 * caller only the departments they may see, the roll-up refuses a unit above the caller's reach,
 * and the university total equals the sum of the departments' plans.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoundApiIT {

    private static final long BUDGET_2027 = 7001;
    private static final Pattern DEPARTMENT = Pattern.compile("\"department\":\"([A-Z-]+)\"");
    private static final Pattern RESULT = Pattern.compile("\"result\":(-?\\d+)");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void theBoardShowsEachCallerOnlyTheirDepartments() {
        HttpResponse<String> all = WebSession.login(DemoUser.PROCESSANSVARIG).getJson("/api/rounds/" + BUDGET_2027 + "/board", "sv");
        assertEquals(200, all.statusCode(), all.body());
        assertEquals(10, matches(DEPARTMENT, all.body()).size(), all.body());

        HttpResponse<String> economist = WebSession.login(DemoUser.EKONOM_FYSIK).getJson("/api/rounds/" + BUDGET_2027 + "/board", "sv");
        assertEquals(List.of("NT-FYS", "NT-KEM"), matches(DEPARTMENT, economist.body()));

        HttpResponse<String> dean = WebSession.login(DemoUser.DEKAN_HS).getJson("/api/rounds/" + BUDGET_2027 + "/board?group=11", "sv");
        assertEquals(List.of("HS-FEK", "HS-HIS", "HS-PSY"), matches(DEPARTMENT, dean.body()));
    }

    @Test
    void theRollUpAddsUpAndRefusesUnitsOutOfReach() {
        WebSession approver = WebSession.login(DemoUser.GODKANNARE);
        String board = approver.getJson("/api/rounds/" + BUDGET_2027 + "/board", "sv").body();
        long departments = matches(RESULT, board).stream().mapToLong(Long::parseLong).sum();
        HttpResponse<String> university = approver.getJson("/api/rounds/" + BUDGET_2027 + "/rollup", "sv");
        assertEquals(200, university.statusCode(), university.body());
        List<String> groups = matches(Pattern.compile("\"code\":\"([A-Z]+)\""), university.body());
        assertEquals(List.of("HS", "NT", "UF"), groups.stream().sorted().toList());
        assertEquals(departments, matches(RESULT, university.body()).stream().mapToLong(Long::parseLong).sum());
        assertTrue(university.body().contains("\"lastYearResult\":"), "compared with Budget 2026: " + university.body());

        WebSession dean = WebSession.login(DemoUser.DEKAN_HS);
        assertEquals(403, dean.getJson("/api/rounds/" + BUDGET_2027 + "/rollup", "sv").statusCode());
        HttpResponse<String> faculty = dean.getJson("/api/rounds/" + BUDGET_2027 + "/rollup?unit=11", "sv");
        assertEquals(200, faculty.statusCode(), faculty.body());
        assertEquals(3, matches(RESULT, faculty.body()).size(), faculty.body());
    }

    @Test
    void theTaskListHoldsThePlansWaitingForTheCaller() {
        String dean = WebSession.login(DemoUser.DEKAN_NT).getJson("/api/rounds/tasks", "sv").body();
        List<String> plans = matches(Pattern.compile("\"planId\":(\\d+)"), dean);
        assertTrue(plans.containsAll(List.of("7112", "7113")), dean);
        assertTrue(dean.contains("\"step\":\"APPROVE_2\""), dean);
        String approver = WebSession.login(DemoUser.GODKANNARE).getJson("/api/rounds/tasks", "sv").body();
        assertTrue(approver.contains("\"planId\":7116") && approver.contains("\"step\":\"APPROVE_FINAL\""), approver);
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
