package se.uniplan.notification;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.uniplan.plan.PlanStepTaken;

/**
 * Sends the notifications of one step, on a thread of its own so that the person who took the
 * step never waits for the SMTP server. Each recipient's mail is sent on its own: a failure is
 * logged with the plan and the recipient and does not stop the others, nor touch the step.
 */
@Stateless
public class MailNotifier {

    private static final Logger LOG = Logger.getLogger(MailNotifier.class.getName());

    @Inject
    private NotificationDirectory directory;

    @Inject
    private MailSettings settings;

    /** Works out who is told about {@code step} and mails each of them. */
    @Asynchronous
    public void notify(PlanStepTaken step) {
        List<Recipient> recipients;
        String actorName;
        Session session;
        try {
            recipients = directory.recipients(step);
            if (recipients.isEmpty()) {
                return;
            }
            actorName = directory.fullName(step.actor());
            session = settings.session();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "No notifications for " + step.action() + " of plan " + step.planId()
                    + " (" + step.label() + "): " + e, e);
            return;
        }
        for (Recipient recipient : recipients) {
            send(session, step, MailText.compose(step, actorName, recipient, settings.baseUrl()));
        }
    }

    private void send(Session session, PlanStepTaken step, Mail mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
            LOG.fine(() -> "Mailed " + mail.to() + " about " + step.action() + " of plan " + step.planId());
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not mail " + mail.to() + " about " + step.action() + " of plan "
                    + step.planId() + " (" + step.label() + ") through " + settings.server() + ": " + e);
        }
    }
}
