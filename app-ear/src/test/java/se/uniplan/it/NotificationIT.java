package se.uniplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * E-mail notifications end to end: the test domain mails to GreenMail on loopback (port base + 25,
 * set by uniplan-domain.sh setup-test). The economist registers the history department's plan
 * through the API; the department head and the head's substitute of the day each get one mail
 * with the plan and a link to it; the head sends it back with a comment, which reaches the
 * economist; a refused step mails nobody.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationIT {

    /** Plan of the history department (104) in Budget 2027, a draft in the demo data. */
    private static final long HISTORY_PLAN = 7114;
    private static final String LABEL = "HS-HIS · Budget 2027";
    private static final String DOMAIN = "@norrskog.example";
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.portbase", 28000) + 25, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void registerMailsTheHeadAndTheSubstituteAndSendBackMailsTheEconomistWithTheComment() throws Exception {
        WebSession economist = WebSession.login(DemoUser.EKONOM_HISTORIA);
        WebSession head = WebSession.login(DemoUser.AVDCHEF_HISTORIA);
        String candidates = head.getJson("/api/me/substitutions/candidates", "sv").body();
        String headName = field(candidates, "avdchef.historia", "fullName");
        long deputyId = Long.parseLong(field(candidates, DemoUser.SYSTEMAGARE.username, "id"));

        LocalDate today = LocalDate.now(SWEDEN);
        HttpResponse<String> named = head.postJson("/api/me/substitutions", "{\"substituteId\":" + deputyId
                + ",\"firstDay\":\"" + today.minusDays(1) + "\",\"lastDay\":\"" + today.plusDays(1) + "\"}");
        assertEquals(201, named.statusCode(), named.body());
        long substitutionId = number(named.body(), "id");
        try {
            HttpResponse<String> registered = economist.postJson("/api/plans/" + HISTORY_PLAN + "/steps",
                    "{\"action\":\"REGISTER\",\"expectedVersion\":" + version(economist) + "}");
            assertEquals(200, registered.statusCode(), registered.body());
            assertTrue(registered.body().contains("\"state\":\"REGISTERED\""), registered.body());

            assertTrue(SMTP.waitForIncomingEmail(30_000, 2), "two mails: the head and the substitute");
            Thread.sleep(1000); // anything more would be a mail too many
            MimeMessage toHead = only(to(DemoUser.AVDCHEF_HISTORIA.username));
            assertEquals("UniPlan: " + LABEL + " är registrerad och väntar på godkännande (nivå 1)", toHead.getSubject());
            String body = body(toHead);
            assertTrue(body.contains("har registrerat budgeten eller prognosen " + LABEL + "."), body);
            assertTrue(body.contains(Deployments.baseUrl() + "/plans/review.xhtml?id=" + HISTORY_PLAN), body);
            assertTrue(!body.contains("vikarie"), body);

            String deputyBody = body(only(to(DemoUser.SYSTEMAGARE.username)));
            assertTrue(deputyBody.contains("Du får det här meddelandet som vikarie för " + headName + "."), deputyBody);
            assertEquals(List.of(), to(DemoUser.EKONOM_HISTORIA.username), "the economist took the step: no mail");

            SMTP.purgeEmailFromAllMailboxes();
            String comment = "Lönekostnaderna för hösten saknas, lägg in dem.";
            HttpResponse<String> sentBack = head.postJson("/api/plans/" + HISTORY_PLAN + "/steps",
                    "{\"action\":\"SEND_BACK\",\"expectedVersion\":" + version(head) + ",\"comment\":\"" + comment + "\"}");
            assertEquals(200, sentBack.statusCode(), sentBack.body());
            assertTrue(SMTP.waitForIncomingEmail(30_000, 1), "a mail to the economist");
            Thread.sleep(1000);
            MimeMessage toEconomist = only(to(DemoUser.EKONOM_HISTORIA.username));
            assertEquals("UniPlan: " + LABEL + " har skickats tillbaka", toEconomist.getSubject());
            String economistBody = body(toEconomist);
            assertTrue(economistBody.contains("Kommentar: " + comment), economistBody);
            assertTrue(economistBody.contains(headName + " har skickat tillbaka " + LABEL), economistBody);
            assertEquals(1, SMTP.getReceivedMessages().length, "only the economist");

            SMTP.purgeEmailFromAllMailboxes();
            HttpResponse<String> refused = head.postJson("/api/plans/" + HISTORY_PLAN + "/steps",
                    "{\"action\":\"APPROVE_1\",\"expectedVersion\":" + version(head) + "}");
            assertEquals(422, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("error.plan.wrongState"), refused.body());
            assertTrue(!SMTP.waitForIncomingEmail(3_000, 1), "a refused step mails nobody");
        } finally {
            assertEquals(204, head.delete("/api/me/substitutions/" + substitutionId).statusCode());
        }
    }

    private static long version(WebSession session) {
        HttpResponse<String> plan = session.getJson("/api/plans/" + HISTORY_PLAN + "/steps", "sv");
        assertEquals(200, plan.statusCode(), plan.body());
        return number(plan.body(), "version");
    }

    private static List<MimeMessage> to(String username) throws MessagingException {
        String address = username + DOMAIN;
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                Address[] all = m.getAllRecipients();
                return all != null && Arrays.stream(all).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static MimeMessage only(List<MimeMessage> messages) {
        assertEquals(1, messages.size(), "exactly one mail");
        return messages.get(0);
    }

    private static String body(MimeMessage message) throws IOException, MessagingException {
        return String.valueOf(message.getContent()).replace("\r\n", "\n");
    }

    /** A field of the JSON object in {@code json} whose username is {@code username}. */
    private static String field(String json, String username, String name) {
        Matcher m = Pattern.compile("\\{[^{}]*\"username\":\"" + Pattern.quote(username) + "\"[^{}]*\\}").matcher(json);
        assertTrue(m.find(), username + " in " + json);
        Matcher f = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(m.group());
        assertTrue(f.find(), name + " in " + m.group());
        return f.group(1);
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertTrue(m.find(), field + " in " + json);
        return Long.parseLong(m.group(1));
    }
}
