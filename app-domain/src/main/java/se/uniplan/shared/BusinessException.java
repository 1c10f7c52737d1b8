package se.uniplan.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A refusal that the user can understand and act on. It carries a resource-bundle key and its
 * arguments, never finished text: the web layer turns it into a message in the user's language,
 * and the REST layer into a status code with that message. The transaction is rolled back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** The resource-bundle key of the message, for example {@code error.org.cycle}. */
    public String messageKey() {
        return messageKey;
    }

    /** The values that fill the message's placeholders, in order. */
    public List<Object> arguments() {
        return arguments;
    }
}
