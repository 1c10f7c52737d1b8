package se.uniplan.ledger;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Indexes a load's lines once the load has committed, on a server thread of its own. The load is
 * complete, reconciled and visible when it commits: follow-up reads the per-load totals, which are
 * part of the load's transaction. What waits for the indexes is the drill-down to single
 * transactions in the load's periods, which meanwhile gives the same answers by scanning the
 * load's partition, and the next ADD load, which looks up its keys in the loads before it and so
 * waits for their indexes first.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LedgerIndexing {

    private static final Logger LOG = Logger.getLogger(LedgerIndexing.class.getName());

    @Inject
    private LedgerLoadTransaction transaction;

    /** Indexes the load's lines; the caller returns at once. */
    @Asynchronous
    public void indexAsync(long loadId) {
        index(loadId);
    }

    /** Indexes every committed load that is not indexed yet: those a stopped server left behind. */
    @Asynchronous
    public void indexMissingAsync() {
        indexPending();
    }

    /**
     * Indexes, on this thread, what is not indexed yet; a build already under way is waited for.
     * An ADD load calls it first: it looks up its keys in the loads before it.
     */
    public void indexPending() {
        for (long loadId : transaction.unindexed()) {
            index(loadId);
        }
    }

    private void index(long loadId) {
        try {
            transaction.index(loadId);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Ledger load " + loadId + ": its lines could not be indexed; the next start tries again", e);
        }
    }
}
