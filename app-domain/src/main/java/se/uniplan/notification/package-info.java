/**
 * E-mail notifications: when a plan moves along its approval chain, the people whose step is now
 * next (and their active substitutes) get a short Swedish e-mail with a link to the plan.
 *
 * <p>{@link se.uniplan.notification.PlanStepNotifier} observes
 * {@link se.uniplan.plan.PlanStepTaken} after the step's transaction committed and hands it to
 * {@link se.uniplan.notification.MailNotifier}, which works out the recipients
 * ({@link se.uniplan.notification.RecipientRules}), writes the text
 * ({@link se.uniplan.notification.MailText}) and sends it asynchronously through the SMTP server
 * that {@link se.uniplan.notification.MailSettings} configures. A failed send is logged and never
 * undoes or slows the step.
 */
package se.uniplan.notification;
