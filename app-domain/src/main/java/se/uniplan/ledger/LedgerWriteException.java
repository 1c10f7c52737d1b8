package se.uniplan.ledger;

import java.sql.SQLException;

/** The database refused a write during a load; the load fails and nothing of it stays. */
final class LedgerWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    LedgerWriteException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
