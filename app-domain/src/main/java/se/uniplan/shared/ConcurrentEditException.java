package se.uniplan.shared;

import jakarta.ejb.ApplicationException;

/**
 * Somebody else saved the same thing after the caller read it. The caller's change is not
 * applied; they must reload and decide again. Never a silent lost update.
 */
@ApplicationException(rollback = true)
public class ConcurrentEditException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConcurrentEditException(String label) {
        super("error.concurrentEdit", label);
    }
}
