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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
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

    /** Hashes a file taken from a drop folder while it loads: a core the COPY leaves half idle. */
    @jakarta.annotation.Resource
    private jakarta.enterprise.concurrent.ManagedExecutorService executor;

    /** Runs the load on a server thread; the caller returns at once. */
    @Asynchronous
    public void runAsync(long loadId) {
        run(loadId);
    }

    /** Runs the load on this thread and tells how it ended. */
    public LoadStatus run(long loadId) {
        LedgerLoad load = em.find(LedgerLoad.class, loadId);
        SourceFile file = files.sourceFile(load);
        Future<String> hashing = load.getFileSha256() != null ? null : executor.submit(() -> files.sha256(file.path()));
        Supplier<String> sha256 = () -> hashOf(hashing, loadId);
        try {
            Optional<LedgerFileReader> reader = registry.ledgerReader(load.getSource());
            if (reader.isEmpty()) {
                return end(loadId, LoadOutcome.ended(LoadStatus.FAILED, "ledger.message.pluginDisabled", load.getSource()),
                        List.of(), sha256);
            }
            if (!reader.get().canRead(file.name(), head(file))) {
                return end(loadId, LoadOutcome.ended(LoadStatus.REFUSED, "ledger.message.unknownFormat", file.name()),
                        List.of(new LedgerProblem(0, LedgerProblem.Kind.UNSUPPORTED_CONTENT, file.name())), sha256);
            }
            if (load.getMode() == LoadMode.ADD) {
                indexing.indexPending(); // its keys are looked up in the loads before it
            }
            LoadOutcome outcome = transaction.load(loadId, reader.get(), file, sha256);
            indexing.indexAsync(loadId);
            if (outcome.firstPeriod() != null) {
                changed.fireAsync(new LedgerChanged(load.getSource(), outcome.firstPeriod(), outcome.lastPeriod()));
            }
            return outcome.status();
        } catch (LoadRefusedException e) {
            return end(loadId, e.outcome(), e.problems(), sha256);
        } catch (LoadCancelledException e) {
            return end(loadId, LoadOutcome.ended(LoadStatus.CANCELLED, "ledger.message.cancelled", null), List.of(), sha256);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Ledger load " + loadId + " of " + file.name() + " failed", e);
            return end(loadId, LoadOutcome.ended(LoadStatus.FAILED, "ledger.message.failed", rootMessage(e)), List.of(),
                    sha256);
        }
    }

    /** The file's hash, once taken; null (and a warning) if it could not be. */
    private static String hashOf(Future<String> hashing, long loadId) {
        if (hashing == null) {
            return null;
        }
        try {
            return hashing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "Ledger load " + loadId + ": the file's SHA-256 could not be taken", e.getCause());
            return null;
        }
    }

    private LoadStatus end(long loadId, LoadOutcome outcome, List<LedgerProblem> problems, Supplier<String> sha256) {
        try {
            transaction.record(loadId, outcome, problems, sha256.get());
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
