package se.uniplan.ledger;

/** Where a ledger load stands. */
public enum LoadStatus {
    /** Reading and writing now. */
    RUNNING,
    /** Committed: its lines count for the periods it holds. */
    LOADED,
    /** The file had problems beyond the tolerance: nothing of it was loaded. */
    REFUSED,
    /** The load broke off for a reason other than the file (database, disk): nothing was loaded. */
    FAILED,
    /** The server stopped during the load: nothing was loaded; found and marked at the next start. */
    ABORTED,
    /** Someone stopped the load: nothing was loaded. */
    CANCELLED,
    /** Loaded, then undone: its periods went back to the loads that held them before. */
    UNDONE;

    public boolean isFinished() {
        return this != RUNNING;
    }
}
