package se.uniplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** MicroProfile Health reports readiness, including the database and its migrated schema. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void readinessIncludesTheDatabaseAndTheSchemaVersion() {
        HttpResponse<String> ready = WebSession.anonymous().get(Deployments.serverUrl() + "/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        String body = ready.body();
        assertTrue(body.contains("\"name\":\"database\""), body);
        assertTrue(body.contains("\"status\":\"UP\""), body);
        assertTrue(body.contains("\"schemaVersion\":\"1002\""), body);
        String expectedProduct = "postgresql".equals(System.getProperty("uniplan.it.db")) ? "PostgreSQL" : "H2";
        assertTrue(body.contains("\"product\":\"" + expectedProduct + "\""), body);
    }

    @Test
    void theLoginPageIsPublicAndEverythingElseAsksForLogin() {
        WebSession anonymous = WebSession.anonymous();
        HttpResponse<String> login = anonymous.get("/login.xhtml");
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("j_security_check"));
        for (String path : new String[] {"/index.xhtml", "/admin/people.xhtml", "/api/units/1", "/api/me"}) {
            HttpResponse<String> page = anonymous.get(path);
            assertTrue(page.body().contains("j_security_check"), path + " should ask for login");
            assertTrue(!page.body().contains("Norrskogs universitet"), path + " must not show data");
        }
    }
}
