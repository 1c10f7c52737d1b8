package se.uniplan.notification;

/**
 * Who gets one notification.
 *
 * @param fullName   the name the mail greets
 * @param email      where it goes
 * @param onBehalfOf the role holder a substitute gets it for, or null for the holder themself
 */
public record Recipient(String fullName, String email, String onBehalfOf) {

    /** True if this person gets the mail as somebody's substitute. */
    public boolean isSubstitute() {
        return onBehalfOf != null;
    }
}
