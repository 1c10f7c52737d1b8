package se.uniplan.notification;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import se.uniplan.plan.PlanStepTaken;

/**
 * Writes a notification in Swedish from the bundle {@code se/uniplan/notification/mail.properties}:
 * a subject naming the plan and the step, and a short body with who took it (and on whose behalf),
 * the comment, whom a substitute receives it for, and a link to the plan's page.
 */
public final class MailText {

    /** The bundle with every word of the mail. */
    static final String BUNDLE = "se.uniplan.notification.mail";

    /** Where a plan's page is, under the application's base address. */
    static final String PLAN_PAGE = "/plans/review.xhtml?id=";

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private MailText() {
    }

    /**
     * The mail to {@code recipient} about {@code step}.
     *
     * @param actorName the full name of who took the step (or their login if unknown)
     * @param baseUrl   the application's address as users reach it, such as {@code https://uniplan.example.se/uniplan}
     */
    public static Mail compose(PlanStepTaken step, String actorName, Recipient recipient, String baseUrl) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, SWEDISH, MailText.class.getClassLoader());
        String action = step.action().name();
        String subject = format(bundle, "mail.subject." + action, step.label());
        StringBuilder body = new StringBuilder();
        body.append(format(bundle, "mail.greeting", recipient.fullName())).append("\n\n");
        body.append(format(bundle, "mail.did." + action, actorName, step.label())).append('\n');
        body.append(format(bundle, "mail.next." + action)).append('\n');
        if (step.onBehalfOf() != null && !step.onBehalfOf().isBlank()) {
            body.append(format(bundle, "mail.actorOnBehalfOf", actorName, step.onBehalfOf())).append('\n');
        }
        if (step.comment() != null && !step.comment().isBlank()) {
            body.append('\n').append(format(bundle, "mail.comment", step.comment().strip())).append('\n');
        }
        if (recipient.isSubstitute()) {
            body.append('\n').append(format(bundle, "mail.asSubstitute", recipient.onBehalfOf())).append('\n');
        }
        body.append('\n').append(format(bundle, "mail.open")).append('\n').append(link(baseUrl, step.planId())).append("\n\n");
        body.append(format(bundle, "mail.footer")).append('\n');
        return new Mail(recipient.email(), subject, body.toString());
    }

    /** The address of the plan's page. */
    public static String link(String baseUrl, long planId) {
        String base = baseUrl == null ? "" : baseUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + PLAN_PAGE + planId;
    }

    private static String format(ResourceBundle bundle, String key, Object... args) {
        return new MessageFormat(bundle.getString(key), SWEDISH).format(args);
    }
}
