package se.uniplan.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.uniplan.ledger.LedgerChanged;

/**
 * After the ledger changes (a nightly load, an undo), reads the university level's figures again
 * at once, so the controller who opens follow-up in the morning is answered from held figures
 * rather than by the first read over millions of lines.
 */
@ApplicationScoped
public class FollowUpWarmer {

    private static final Logger LOG = Logger.getLogger(FollowUpWarmer.class.getName());

    @Inject
    private FollowUpService followUp;

    void onLedgerChanged(@ObservesAsync LedgerChanged change) {
        try {
            long t0 = System.nanoTime();
            followUp.warm(change.firstPeriod(), change.lastPeriod());
            LOG.info(() -> "Follow-up figures read again after a ledger change in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the follow-up figures again after a ledger change", e);
        }
    }
}
