package se.uniplan.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.uniplan.plan.PlanStepTaken;

/**
 * Hears every step on the approval chain once its transaction has committed, so that nothing is
 * mailed about a step that was rolled back, and hands it to {@link MailNotifier} when mail is
 * enabled ({@code uniplan.mail.enabled}).
 */
@ApplicationScoped
public class PlanStepNotifier {

    private static final Logger LOG = Logger.getLogger(PlanStepNotifier.class.getName());

    @Inject
    private MailSettings settings;

    @Inject
    private MailNotifier notifier;

    void onStep(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlanStepTaken step) {
        try {
            if (settings.enabled()) {
                notifier.notify(step);
            }
        } catch (RuntimeException e) {
            // the step is committed already: a notification problem must not reach the user as an error
            LOG.log(Level.WARNING, "Could not hand over the notifications of plan " + step.planId(), e);
        }
    }
}
