package se.uniplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.uniplan.it.plugin.BrokenStudentPlugin;
import se.uniplan.it.plugin.TestLedgerPlugin;

/**
 * Plugins are found through CDI from a jar in the EAR's lib/, enabled only by MicroProfile
 * Config, sorted by id, and a failing health check is shown rather than breaking the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PluginDiscoveryIT {

    @Deployment(testable = false)
    static EnterpriseArchive earWithTestPlugins() {
        JavaArchive plugins = ShrinkWrap.create(JavaArchive.class, "uniplan-test-plugins.jar")
                .addClasses(TestLedgerPlugin.class, BrokenStudentPlugin.class)
                .addAsManifestResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
                        + " bean-discovery-mode=\"annotated\"/>"), "beans.xml")
                .addAsManifestResource(new StringAsset("uniplan.plugin.test-ledger.enabled=true\n"),
                        "microprofile-config.properties");
        return Deployments.ear().addAsLibrary(plugins);
    }

    @Test
    void theRestResourceListsEveryPluginWithItsStateSortedById() {
        HttpResponse<String> response = WebSession.login(DemoUser.IT).getJson("/api/integrations", "sv");
        assertEquals(200, response.statusCode(), response.body());
        String body = response.body();
        int ledger = body.indexOf("\"displayName\":\"Testhuvudbok\"");
        int students = body.indexOf("\"displayName\":\"Teststudenter\"");
        assertTrue(ledger >= 0 && students > ledger, "both plugins, sorted by id: " + body);
        String ledgerPart = body.substring(ledger, students);
        assertTrue(ledgerPart.contains("\"id\":\"test-ledger\""), ledgerPart);
        assertTrue(ledgerPart.contains("\"enabled\":true"), ledgerPart);
        assertTrue(ledgerPart.contains("\"state\":\"UP\""), ledgerPart);
        assertTrue(ledgerPart.contains("LEDGER") && ledgerPart.contains("ACCOUNTS"), ledgerPart);
        String studentPart = body.substring(students);
        assertTrue(studentPart.contains("\"id\":\"test-students\""), studentPart);
        assertTrue(studentPart.contains("\"enabled\":false"), studentPart);
        assertTrue(studentPart.contains("\"state\":\"DOWN\"") && studentPart.contains("share not mounted"), studentPart);
    }

    @Test
    void theIntegrationsPageShowsThemToItOnly() {
        HttpResponse<String> page = WebSession.login(DemoUser.IT).get("/it/integrations.xhtml");
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("Testhuvudbok") && body.contains("Teststudenter"), "both plugins on the page");
        assertTrue(body.contains("uniplan.plugin.test-ledger.enabled"), "the key that enables it");
        assertTrue(body.contains("Huvudbok (utfall)"), "what it supplies, in Swedish");
        assertTrue(body.contains("Fungerar inte"), "the failing health check");
        assertTrue(!body.contains("Inga insticksmoduler är installerade"), "no empty state when plugins exist");
        assertEquals(403, WebSession.login(DemoUser.EKONOM_FYSIK).get("/it/integrations.xhtml").statusCode());
    }
}
