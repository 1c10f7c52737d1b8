package se.uniplan.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.uniplan.plan.PlanAction;
import se.uniplan.plan.PlanState;
import se.uniplan.role.Role;

/**
 * Who is told about a step, as a pure rule (no container, no database):
 * <ul>
 *   <li>the holders of the role whose step is now next ({@link PlanState#waitingOn()} of the state
 *       the plan moved to): after a registration the department heads, after level 1 the group
 *       heads, after level 2 the university approvers, after a send-back the economists, after a
 *       reopen the level the plan returned to;</li>
 *   <li>and each holder's active substitutes, in the holder's name;</li>
 *   <li>never the person who took the step, nobody twice, and nobody without an e-mail address.</li>
 * </ul>
 * A final approval waits on nobody, so it notifies nobody.
 */
public final class RecipientRules {

    private RecipientRules() {
    }

    /** The role told about {@code action}, which left the plan in state {@code to}; empty if none. */
    public static Optional<Role> notifiedRole(PlanAction action, PlanState to) {
        if (action == PlanAction.EDIT || action == PlanAction.APPROVE_FINAL) {
            return Optional.empty();
        }
        return to.waitingOn();
    }

    /**
     * The recipients of one step.
     *
     * @param actor       the login that took the step: never told about their own step
     * @param holders     the active holders of the notified role for the plan's department or above
     * @param substitutes each holder's active substitutes today, by the holder's login
     */
    public static List<Recipient> select(String actor, List<Addressee> holders, Map<String, List<Addressee>> substitutes) {
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        for (Addressee holder : holders) {
            if (!holder.username().equals(actor) && holder.hasEmail()) {
                byAddress.putIfAbsent(key(holder), new Recipient(holder.fullName(), holder.email().strip(), null));
            }
        }
        for (Addressee holder : holders) {
            for (Addressee substitute : substitutes.getOrDefault(holder.username(), List.of())) {
                if (!substitute.username().equals(actor) && substitute.hasEmail()) {
                    byAddress.putIfAbsent(key(substitute),
                            new Recipient(substitute.fullName(), substitute.email().strip(), holder.fullName()));
                }
            }
        }
        return new ArrayList<>(byAddress.values());
    }

    private static String key(Addressee addressee) {
        return addressee.email().strip().toLowerCase(Locale.ROOT);
    }
}
