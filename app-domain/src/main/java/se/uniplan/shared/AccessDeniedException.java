package se.uniplan.shared;

import jakarta.ejb.ApplicationException;

/** The caller lacks the authority for the action on the unit or object. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String action) {
        super("error.accessDenied", action);
    }
}
