package se.uniplan.notification;

/**
 * Somebody who could be sent a notification, as {@link RecipientRules} needs them.
 *
 * @param username the login name
 * @param fullName the name the mail greets
 * @param email    the address, or null when the person has none
 */
public record Addressee(String username, String fullName, String email) {

    /** True if a mail can reach this person. */
    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
