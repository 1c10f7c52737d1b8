package se.uniplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
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
 * The system administrator changes the organisation through the API: create, rename, move, with
 * the domain's rules, a refused stale edit, clear messages in the caller's language, and every
 * change in the unit's history with old → new.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void createRenameMoveWithHistoryAndAStaleEditRefused() {
        WebSession admin = WebSession.login(DemoUser.SYSTEMANSVARIG);
        String code = "API-" + System.currentTimeMillis() % 100000;

        HttpResponse<String> created = admin.postJson("/api/admin/units",
                "{\"parentId\":" + DemoUnits.FACULTY_HS + ",\"code\":\"" + code + "\",\"name\":\"Avdelningen för arkeologi\",\"kind\":\"DEPARTMENT\"}");
        assertEquals(201, created.statusCode(), created.body());
        long id = number(created.body(), "id");
        assertEquals(1, number(created.body(), "version"));

        HttpResponse<String> renamed = admin.putJson("/api/admin/units/" + id + "/name",
                "{\"version\":1,\"name\":\"Avdelningen för arkeologi och antikens kultur\"}");
        assertEquals(200, renamed.statusCode(), renamed.body());
        assertEquals(2, number(renamed.body(), "version"));

        // somebody who read version 1 tries to save after the rename: refused, nothing lost
        HttpResponse<String> stale = admin.putJson("/api/admin/units/" + id + "/name", "{\"version\":1,\"name\":\"Gammalt namn\"}");
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("Någon annan har ändrat"), stale.body());
        assertTrue(admin.getJson("/api/units/" + id, "sv").body().contains("antikens kultur"));

        HttpResponse<String> moved = admin.putJson("/api/admin/units/" + id + "/parent",
                "{\"version\":2,\"parentId\":" + DemoUnits.FACULTY_NT + "}");
        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals(DemoUnits.FACULTY_NT, number(moved.body(), "parentId"));

        HttpResponse<String> history = admin.getJson("/api/units/" + id + "/history", "sv");
        String body = history.body();
        assertTrue(body.contains("\"change\":\"CREATE\""), body);
        assertTrue(body.contains("\"change\":\"RENAME\"") && body.contains("\"oldValue\":\"Avdelningen för arkeologi\""), body);
        assertTrue(body.contains("\"change\":\"MOVE\"") && body.contains("Fakulteten för humaniora"), body);
        assertTrue(body.contains("\"actor\":\"systemansvarig\""), body);

        // the dean of the faculty it moved to now sees it; the dean of the old one no longer does
        assertEquals(200, WebSession.login(DemoUser.DEKAN_NT).getJson("/api/units/" + id, "sv").statusCode());
        assertEquals(403, WebSession.login(DemoUser.DEKAN_HS).getJson("/api/units/" + id, "sv").statusCode());
    }

    @Test
    void theTreesRulesAnswerWithAReasonInTheCallersLanguage() {
        WebSession admin = WebSession.login(DemoUser.SYSTEMANSVARIG);
        HttpResponse<String> wrongKind = admin.putJson("/api/admin/units/" + DemoUnits.PHYSICS + "/parent",
                "{\"version\":1,\"parentId\":" + DemoUnits.UNIVERSITY + "}");
        assertEquals(422, wrongKind.statusCode(), wrongKind.body());
        assertTrue(wrongKind.body().contains("error.org.wrongParentKind"), wrongKind.body());
        assertTrue(wrongKind.body().contains("kan inte ligga under"), wrongKind.body());

        HttpResponse<String> taken = admin.postJson("/api/admin/units",
                "{\"parentId\":" + DemoUnits.FACULTY_NT + ",\"code\":\"NT-FYS\",\"name\":\"Dubblett\",\"kind\":\"DEPARTMENT\"}");
        assertEquals(422, taken.statusCode(), taken.body());
        assertTrue(taken.body().contains("NT-FYS"), taken.body());

        HttpResponse<String> english = admin.getJson("/api/units/424242", "en");
        assertEquals(404, english.statusCode());
        assertTrue(english.body().contains("does not exist"), english.body());
    }

    @Test
    void anEconomistCannotChangeTheOrganisation() {
        WebSession economist = WebSession.login(DemoUser.EKONOM_FYSIK);
        HttpResponse<String> refused = economist.putJson("/api/admin/units/" + DemoUnits.PHYSICS + "/name",
                "{\"version\":1,\"name\":\"Min avdelning\"}");
        assertEquals(403, refused.statusCode());
        assertTrue(WebSession.login(DemoUser.SYSTEMANSVARIG).getJson("/api/units/" + DemoUnits.PHYSICS, "sv").body()
                .contains("Avdelningen för fysik"));
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertTrue(m.find(), field + " in " + json);
        return Long.parseLong(m.group(1));
    }
}
