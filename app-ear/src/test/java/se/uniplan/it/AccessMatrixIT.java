package se.uniplan.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.uniplan.it.DemoUser.DemoUnits;

/**
 * Role × page/REST matrix: every demo login against every unit page, unit resource, admin page and
 * integration page, with the expected answer written independently in {@link DemoUser}. No role
 * reaches beyond its authority by any path; every role reaches what it should.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    private static final List<String> ADMIN_PAGES = List.of("/admin/organisation.xhtml", "/admin/people.xhtml",
            "/admin/person.xhtml?id=4000", "/admin/roles.xhtml", "/admin/governance.xhtml", "/admin/audit.xhtml");
    private static final List<String> INTEGRATION_PATHS = List.of("/it/integrations.xhtml", "/api/integrations");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void everyRoleSeesExactlyTheUnitsItsAuthorityReaches() {
        List<String> wrong = new ArrayList<>();
        for (DemoUser user : DemoUser.values()) {
            WebSession session = WebSession.login(user);
            for (long unit : DemoUnits.ALL) {
                int expected = user.visibleUnits.contains(unit) ? 200 : 403;
                for (String path : List.of("/units/unit.xhtml?id=" + unit, "/api/units/" + unit,
                        "/api/units/" + unit + "/activities", "/api/units/" + unit + "/children",
                        "/api/units/" + unit + "/history")) {
                    expect(wrong, user, session, path, expected);
                }
            }
            HttpResponse<String> list = session.getJson("/api/units", "sv");
            Set<Long> listed = new TreeSet<>();
            Matcher m = ID.matcher(list.body());
            while (m.find()) {
                long id = Long.parseLong(m.group(1));
                if (DemoUnits.ALL.contains(id)) {
                    listed.add(id);
                }
            }
            if (!listed.equals(new TreeSet<>(user.visibleUnits))) {
                wrong.add(user.username + " GET /api/units listed " + listed + ", expected " + new TreeSet<>(user.visibleUnits));
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void onlyTheSystemAdministratorReachesAdministrationAndOnlyItReachesIntegrations() {
        List<String> wrong = new ArrayList<>();
        for (DemoUser user : DemoUser.values()) {
            WebSession session = WebSession.login(user);
            expect(wrong, user, session, "/index.xhtml", 200);
            expect(wrong, user, session, "/units/index.xhtml", 200);
            expect(wrong, user, session, "/api/me", 200);
            for (String page : ADMIN_PAGES) {
                expect(wrong, user, session, page, user.administrator ? 200 : 403);
            }
            for (String path : INTEGRATION_PATHS) {
                expect(wrong, user, session, path, user.integrations ? 200 : 403);
            }
            // version 0 never exists: the administrator is refused as a stale edit, everyone else as unauthorised
            int rename = session.putJson("/api/admin/units/" + DemoUnits.HISTORY + "/name", "{\"version\":0,\"name\":\"X\"}").statusCode();
            if (rename != (user.administrator ? 409 : 403)) {
                wrong.add(user.username + " PUT /api/admin/units/104/name -> " + rename);
            }
            int create = session.postJson("/api/admin/units", "{\"parentId\":10,\"code\":\"\",\"name\":\"\",\"kind\":\"DEPARTMENT\"}").statusCode();
            if (create != (user.administrator ? 422 : 403)) {
                wrong.add(user.username + " POST /api/admin/units (invalid) -> " + create);
            }
            expect(wrong, user, session, "/no-such-page.xhtml", 404);
            expect(wrong, user, session, "/api/units/99999", 404);
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theStartPageTellsEachPersonTheirOwnRoles() {
        HttpResponse<String> economist = WebSession.login(DemoUser.EKONOM_HISTORIA).get("/index.xhtml");
        assertTrue(economist.body().contains("Emma Dahlgren"), "the economist's own name");
        assertTrue(economist.body().contains("Avdelningen för historia"), "the unit the role is held for");
        assertTrue(economist.body().contains("registrera och korrigera budget och prognos"), "what the role lets them do");
        assertTrue(economist.body().contains("Organet är inte aktivt för närvarande."), "the inactive user council");
        assertTrue(!economist.body().contains("Avdelningen för fysik"), "nothing of another department");

        HttpResponse<String> dean = WebSession.login(DemoUser.DEKAN_NT).get("/index.xhtml");
        assertTrue(dean.body().contains("Fakulteten för naturvetenskap och teknik"));
        assertTrue(dean.body().contains("godkänna på nivå 2"));
    }

    /**
     * Plans: every login against the review page, the grid page, the Excel page and the plan
     * resource of each department's plan in Budget 2027 (plan 7110 + n is department 100 + n).
     * Figures are for the planning roles within their reach; the system administrator, who keeps
     * the organisation, sees units but not their figures.
     */
    @Test
    void everyRoleSeesExactlyThePlansItsAuthorityReaches() {
        List<String> wrong = new ArrayList<>();
        for (DemoUser user : DemoUser.values()) {
            WebSession session = WebSession.login(user);
            for (long department = 100; department <= 109; department++) {
                long plan = 7010 + department;
                boolean figures = user != DemoUser.SYSTEMANSVARIG && user.visibleUnits.contains(department);
                int expected = figures ? 200 : 403;
                for (String path : List.of("/plans/review.xhtml?id=" + plan, "/plans/plan.xhtml?id=" + plan,
                        "/plans/upload.xhtml?id=" + plan, "/api/plans/" + plan, "/api/plans/" + plan + "/grid")) {
                    expect(wrong, user, session, path, expected);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static void expect(List<String> wrong, DemoUser user, WebSession session, String path, int expected) {
        HttpResponse<String> response = session.get(path);
        if (response.statusCode() != expected) {
            wrong.add(user.username + " GET " + path + " -> " + response.statusCode() + ", expected " + expected);
        } else if (expected == 200 && response.body().contains("j_security_check")) {
            wrong.add(user.username + " GET " + path + " -> the login page");
        }
    }
}
