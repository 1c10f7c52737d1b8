package se.uniplan.notification;

/**
 * One plain-text e-mail, ready to send.
 *
 * @param to      the recipient's address
 * @param subject the subject line
 * @param body    the text
 */
public record Mail(String to, String subject, String body) {
}
