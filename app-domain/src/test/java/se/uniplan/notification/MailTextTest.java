package se.uniplan.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import se.uniplan.plan.PlanAction;
import se.uniplan.plan.PlanState;
import se.uniplan.plan.PlanStepTaken;

class MailTextTest {

    private static final String LABEL = "HS-HIS · Budget 2027";

    @Test
    void aRegistrationTellsTheDepartmentHeadWhatWaitsAndWhere() {
        PlanStepTaken step = new PlanStepTaken(7114, LABEL, PlanAction.REGISTER, PlanState.DRAFT, PlanState.REGISTERED,
                "ekonom", null, null);
        Mail mail = MailText.compose(step, "Ekonomen Ett", new Recipient("Chefen Två", "chef@example.se", null),
                "https://uniplan.example.se/uniplan/");
        assertEquals("chef@example.se", mail.to());
        assertEquals("UniPlan: HS-HIS · Budget 2027 är registrerad och väntar på godkännande (nivå 1)", mail.subject());
        assertTrue(mail.body().startsWith("Hej Chefen Två!\n\n"), mail.body());
        assertTrue(mail.body().contains("Ekonomen Ett har registrerat budgeten eller prognosen HS-HIS · Budget 2027."), mail.body());
        assertTrue(mail.body().contains("väntar nu på avdelningschefens godkännande"), mail.body());
        assertTrue(mail.body().contains("\nhttps://uniplan.example.se/uniplan/plans/review.xhtml?id=7114\n"), mail.body());
        assertFalse(mail.body().contains("Kommentar"), mail.body());
        assertFalse(mail.body().contains("vikarie"), mail.body());
    }

    @Test
    void aSendBackCarriesTheCommentAndASubstituteLearnsForWhom() {
        PlanStepTaken step = new PlanStepTaken(7114, LABEL, PlanAction.SEND_BACK, PlanState.REGISTERED, PlanState.DRAFT,
                "vik", "Chefen Två", "Lönerna för vt saknas.");
        Mail mail = MailText.compose(step, "Vikarie Tre", new Recipient("Ersättare Fyra", "ers@example.se", "Ekonomen Ett"),
                "http://localhost:8080/uniplan");
        assertEquals("UniPlan: HS-HIS · Budget 2027 har skickats tillbaka", mail.subject());
        assertTrue(mail.body().contains("Vikarie Tre har skickat tillbaka HS-HIS · Budget 2027 till ekonomen."), mail.body());
        assertTrue(mail.body().contains("Vikarie Tre gjorde det som vikarie för Chefen Två."), mail.body());
        assertTrue(mail.body().contains("Kommentar: Lönerna för vt saknas."), mail.body());
        assertTrue(mail.body().contains("Du får det här meddelandet som vikarie för Ekonomen Ett."), mail.body());
        assertTrue(mail.body().contains("http://localhost:8080/uniplan/plans/review.xhtml?id=7114"), mail.body());
    }

    @Test
    void everyStepThatNotifiesHasItsWords() {
        ResourceBundle bundle = ResourceBundle.getBundle(MailText.BUNDLE);
        for (PlanAction action : EnumSet.of(PlanAction.REGISTER, PlanAction.APPROVE_1, PlanAction.APPROVE_2,
                PlanAction.SEND_BACK, PlanAction.REOPEN)) {
            for (String part : new String[] {"subject", "did", "next"}) {
                assertTrue(bundle.containsKey("mail." + part + "." + action), "mail." + part + "." + action);
            }
        }
    }
}
