package se.uniplan.ledger;

import jakarta.ejb.ApplicationException;

/** Someone stopped a running load: its transaction rolls back and nothing of it stays. */
@ApplicationException(rollback = true)
public class LoadCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LoadCancelledException() {
        super("load cancelled");
    }
}
