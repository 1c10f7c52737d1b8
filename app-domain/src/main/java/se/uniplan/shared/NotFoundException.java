package se.uniplan.shared;

import jakarta.ejb.ApplicationException;

/** What was asked for does not exist (or the caller may not know that it exists). */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super("error.notFound", what, id);
    }
}
