package se.uniplan.shared;

import jakarta.ejb.ApplicationException;

/** A domain rule refused the change; the key names the rule. */
@ApplicationException(rollback = true)
public class RuleViolationException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RuleViolationException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
