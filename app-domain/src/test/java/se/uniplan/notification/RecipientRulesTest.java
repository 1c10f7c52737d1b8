package se.uniplan.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.uniplan.plan.PlanAction;
import se.uniplan.plan.PlanState;
import se.uniplan.role.Role;

class RecipientRulesTest {

    private static final Addressee HEAD = new Addressee("head", "Avdelningschefen", "head@example.se");
    private static final Addressee DEPUTY = new Addressee("deputy", "Vikarien", "deputy@example.se");
    private static final Addressee ECONOMIST = new Addressee("economist", "Ekonomen", "economist@example.se");

    @Test
    void eachStepTellsTheLevelWhoseStepIsNext() {
        assertEquals(Optional.of(Role.DEPARTMENT_HEAD), RecipientRules.notifiedRole(PlanAction.REGISTER, PlanState.REGISTERED));
        assertEquals(Optional.of(Role.GROUP_HEAD), RecipientRules.notifiedRole(PlanAction.APPROVE_1, PlanState.APPROVED_1));
        assertEquals(Optional.of(Role.UNIVERSITY_APPROVER), RecipientRules.notifiedRole(PlanAction.APPROVE_2, PlanState.APPROVED_2));
        assertEquals(Optional.of(Role.ECONOMIST), RecipientRules.notifiedRole(PlanAction.SEND_BACK, PlanState.DRAFT));
        // a reopened level-2 approval returns to level 1: the group heads decide again
        assertEquals(Optional.of(Role.GROUP_HEAD), RecipientRules.notifiedRole(PlanAction.REOPEN, PlanState.APPROVED_1));
        assertEquals(Optional.of(Role.DEPARTMENT_HEAD), RecipientRules.notifiedRole(PlanAction.REOPEN, PlanState.REGISTERED));
        assertEquals(Optional.empty(), RecipientRules.notifiedRole(PlanAction.APPROVE_FINAL, PlanState.APPROVED_FINAL));
        assertEquals(Optional.empty(), RecipientRules.notifiedRole(PlanAction.EDIT, PlanState.DRAFT));
    }

    @Test
    void holdersAndTheirSubstitutesInTheHoldersName() {
        List<Recipient> recipients = RecipientRules.select("economist", List.of(HEAD), Map.of("head", List.of(DEPUTY)));
        assertEquals(List.of(new Recipient("Avdelningschefen", "head@example.se", null),
                new Recipient("Vikarien", "deputy@example.se", "Avdelningschefen")), recipients);
        assertTrue(recipients.get(1).isSubstitute());
    }

    @Test
    void theActorIsNeverToldAboutTheirOwnStep() {
        // the economist stands in for the department head and registers: the head is told, the economist is not
        Addressee economistAsDeputy = ECONOMIST;
        List<Recipient> recipients = RecipientRules.select("economist", List.of(HEAD),
                Map.of("head", List.of(economistAsDeputy)));
        assertEquals(List.of(new Recipient("Avdelningschefen", "head@example.se", null)), recipients);
        assertEquals(List.of(), RecipientRules.select("head", List.of(HEAD), Map.of()));
    }

    @Test
    void peopleWithoutAnAddressAreSkippedAndNobodyGetsTwoMails() {
        Addressee noMail = new Addressee("nomail", "Utan adress", null);
        Addressee blank = new Addressee("blank", "Tom adress", "  ");
        Addressee secondHead = new Addressee("head2", "Andra chefen", "HEAD@example.se");
        List<Recipient> recipients = RecipientRules.select("economist", List.of(HEAD, noMail, blank, secondHead),
                Map.of("nomail", List.of(DEPUTY), "head", List.of(DEPUTY), "head2", List.of(HEAD)));
        // the holder without an address still has a substitute who is told, once, in the first holder's name
        assertEquals(List.of(new Recipient("Avdelningschefen", "head@example.se", null),
                new Recipient("Vikarien", "deputy@example.se", "Avdelningschefen")), recipients);
    }
}
