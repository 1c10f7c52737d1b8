package se.uniplan.ledger;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.uniplan.integration.PluginRegistry;
import se.uniplan.plugin.api.ledger.LedgerFileReader;
import se.uniplan.plugin.api.ledger.LedgerProblem;
import se.uniplan.plugin.api.ledger.SourceFile;

/**
 * Runs a created load to its end, whatever the end is: loaded, refused, stopped or failed. It has
 * no transaction of its own, so the load's transaction is the outermost one and commits or rolls
 * back alone; how it ended is recorded in a transaction of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LedgerLoadJob {

    private static final Logger LOG = Logger.getLogger(LedgerLoadJob.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LedgerLoadTransaction transaction;

    @Inject
    private PluginRegistry registry;

    @Inject
    private LedgerFiles files;

    @Inject
    private jakarta.enterprise.event.Event<LedgerChanged> changed;

    @Inject
    private LedgerIndexing indexing;

    /** Runs the load on a server thread; the caller returns at once. */
    @Asynchronous
    public void runAsync(long loadId) {
        run(loadId);
    }

    /** Runs the load on this thread and tells how it ended. */
    public LoadStatus run(long loadId) {
        LedgerLoad load = em.find(LedgerLoad.class, loadId);
        SourceFile file = files.sourceFile(load);
        try {
            Optional<LedgerFileReader> reader = registry.ledgerReader(load.getSource());
            if (reader.isEmpty()) {
                return end(loadId, LoadOutcome.ended(LoadStatus.FAILED, "ledger.message.pluginDisabled", load.getSource()));
            }
            if (!reader.get().canRead(file.name(), head(file))) {
                return end(loadId, LoadOutcome.ended(LoadStatus.REFUSED, "ledger.message.unknownFormat", file.name()),
                        List.of(new LedgerProblem(0, LedgerProblem.Kind.UNSUPPORTED_CONTENT, file.name())));
            }
            if (load.getMode() == LoadMode.ADD) {
                indexing.indexPending(); // its keys are looked up in the loads before it
            }
            LoadOutcome outcome = transaction.load(loadId, reader.get(), file);
            indexing.indexAsync(loadId);
            if (outcome.firstPeriod() != null) {
                changed.fireAsync(new LedgerChanged(load.getSource(), outcome.firstPeriod(), outcome.lastPeriod()));
            }
            return outcome.status();
        } catch (LoadRefusedException e) {
            return end(loadId, e.outcome(), e.problems());
        } catch (LoadCancelledException e) {
            return end(loadId, LoadOutcome.ended(LoadStatus.CANCELLED, "ledger.message.cancelled", null));
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Ledger load " + loadId + " of " + file.name() + " failed", e);
            return end(loadId, LoadOutcome.ended(LoadStatus.FAILED, "ledger.message.failed", rootMessage(e)));
        }
    }

    private LoadStatus end(long loadId, LoadOutcome outcome) {
        return end(loadId, outcome, List.of());
    }

    private LoadStatus end(long loadId, LoadOutcome outcome, List<LedgerProblem> problems) {
        try {
            transaction.record(loadId, outcome, problems);
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Could not record how ledger load " + loadId + " ended", e);
        }
        return outcome.status();
    }

    private static byte[] head(SourceFile file) throws IOException {
        try (var in = Files.newInputStream(file.path())) {
            return in.readNBytes(4096);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
