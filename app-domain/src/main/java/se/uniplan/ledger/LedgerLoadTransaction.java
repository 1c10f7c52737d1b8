package se.uniplan.ledger;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.uniplan.platform.Database;
import se.uniplan.plugin.api.ledger.LedgerBalance;
import se.uniplan.plugin.api.ledger.LedgerFileHeader;
import se.uniplan.plugin.api.ledger.LedgerFileHeader.Content;
import se.uniplan.plugin.api.ledger.LedgerFileReader;
import se.uniplan.plugin.api.ledger.LedgerFileSummary;
import se.uniplan.plugin.api.ledger.LedgerFileSummary.PeriodAccount;
import se.uniplan.plugin.api.ledger.LedgerProblem;
import se.uniplan.plugin.api.ledger.SourceFile;

/**
 * One load in one transaction of its own: the lines, their totals, the periods the load takes
 * over, the source's master data, the problems within tolerance and the load's final status
 * commit together, or none of it does. A refusal, a stop or a kill leaves the ledger exactly as
 * it was.
 *
 * <p>Configuration: {@code uniplan.ledger.max-problems} (10000): how many problems a load's
 * report keeps (all are counted).
 */
@Stateless
public class LedgerLoadTransaction {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(LedgerLoadTransaction.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private LoadProgress progress;

    @Inject
    private LedgerFiles files;

    @Inject
    @ConfigProperty(name = "uniplan.ledger.max-problems", defaultValue = "10000")
    private int maxProblems;

    private final Clock clock = Clock.systemDefaultZone();

    /**
     * Reads the file with the plugin's reader and loads it.
     *
     * @throws LoadRefusedException  the file breaks the rules beyond the load's tolerance
     * @throws LoadCancelledException someone stopped the load
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoadOutcome load(long loadId, LedgerFileReader reader, SourceFile file, Supplier<String> sha256)
            throws IOException, SQLException {
        LedgerLoad load = em.find(LedgerLoad.class, loadId);
        ProblemLog problems = new ProblemLog(maxProblems);
        LoadProgress.Tracker tracker = progress.start(loadId);
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            Set<Long> alreadyLoaded = load.getMode() == LoadMode.ADD
                    ? LedgerJdbc.loadedKeys(c, load.getSource(), KeyCollector.keysOf(reader, file))
                    : Set.of();
            // Everything the load asks the database comes first: on PostgreSQL the connection is
            // busy with COPY from the moment the writer opens until it finishes.
            LedgerReferenceData reference = LedgerJdbc.referenceData(c, load.getSource());
            EntryWriter writer = EntryWriter.open(c, loadId);
            LoadingSink sink = new LoadingSink(reference, writer, problems, alreadyLoaded, tracker, load.getTolerance());
            LedgerFileSummary summary;
            try {
                summary = reader.read(file, sink);
                sink.complete();
            } catch (IOException | RuntimeException e) {
                writer.abort();
                throw e;
            }
            LedgerFileHeader header = sink.header();
            Content content = header == null ? null : header.content();
            Map<PeriodAccount, Long> expected = new HashMap<>();
            if (content == Content.TRANSACTIONS) {
                expected.putAll(summary.controlTotals());
                sink.excluded().forEach((k, v) -> expected.merge(k, -v, Long::sum));
            } else if (content == Content.PERIOD_BALANCES) {
                loadPeriodBalances(sink, expected);
            } else if (content == Content.YEAR_BALANCES || content == null) {
                problems.add(new LedgerProblem(0, LedgerProblem.Kind.UNSUPPORTED_CONTENT,
                        header == null ? file.name() : header.format()));
            }
            Map<LoadingSink.TotalKey, long[]> totals = sink.totals(); // every line is in: read once
            if (content == Content.TRANSACTIONS) {
                Reconciler.checkBalances(sink.balances(), lineSums(totals)).forEach(problems::add);
            }
            long read = System.nanoTime();
            long written = writer.finish();
            long attached = System.nanoTime();
            writer.writeTotals(totals);
            long totalled = System.nanoTime();
            Reconciler.Result proof = Reconciler.reconcile(expected, LedgerJdbc.storedSums(c, loadId), written);
            long reconciled = System.nanoTime();
            LOG.info(() -> String.format("Ledger load %d of %s: %,d lines read and written in %,d ms, attached and"
                    + " analysed in %,d ms, totals in %,d ms, reconciliation in %,d ms", loadId, file.name(), sink.lines(),
                    (read - started) / 1_000_000, (attached - read) / 1_000_000, (totalled - attached) / 1_000_000,
                    (reconciled - totalled) / 1_000_000));
            TreeSet<Integer> periods = sink.periods();
            LoadOutcome outcome = outcome(header, summary, sink, problems, proof, periods);
            if (!proof.agrees() || problems.count() > load.getTolerance()) {
                throw new LoadRefusedException(outcome.notLoaded(LoadStatus.REFUSED, outcome.messageKey(),
                        outcome.messageValue()), problems.kept());
            }
            if (load.getMode() == LoadMode.REPLACE) {
                LedgerJdbc.replacePeriods(c, load.getSource(), loadId, periods);
            } else {
                LedgerJdbc.holdPeriods(c, load.getSource(), loadId, periods);
            }
            LedgerJdbc.saveMasterData(c, load.getSource(), sink.accounts(), sink.dimensionValues());
            LedgerJdbc.saveProblems(c, loadId, problems.kept());
            load.recordSha256(sha256.get());
            load.finish(outcome, clock.instant());
            return outcome;
        } finally {
            progress.end(loadId);
        }
    }

    /**
     * Indexes a committed load's lines and records when they were ready; a load already indexed,
     * or refused, is left alone. The build and the record commit together, so a server stopped in
     * the middle leaves the load to be indexed at the next start.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void index(long loadId) throws SQLException {
        LedgerLoad load = em.find(LedgerLoad.class, loadId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (load == null || load.getIndexedAt() != null
                || (load.getStatus() != LoadStatus.LOADED && load.getStatus() != LoadStatus.UNDONE)) {
            return;
        }
        long started = System.nanoTime();
        boolean built;
        try (Connection c = dataSource.getConnection()) {
            built = LedgerJdbc.indexLines(c, loadId);
        }
        load.markIndexed(clock.instant());
        if (built) {
            LOG.info(() -> String.format("Ledger load %d: %,d lines indexed in %,d ms", loadId, load.getRowsLoaded(),
                    (System.nanoTime() - started) / 1_000_000));
        }
    }

    /** The committed loads whose lines are not yet indexed, oldest first. */
    public List<Long> unindexed() {
        return em.createNamedQuery("LedgerLoad.unindexed", Long.class).getResultList();
    }

    /** Creates the load, running, and gives it the received file; committed before the load starts. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long begin(String source, String fileName, LedgerFiles.Received received, LoadMode mode, LoadOrigin origin,
                      String startedBy, long tolerance) {
        LedgerLoad load = new LedgerLoad(source, fileName, received.sha256(), received.size(), mode, origin, startedBy,
                tolerance, clock.instant());
        em.persist(load);
        em.flush();
        files.keep(received, load.getId());
        return load.getId();
    }

    /**
     * Marks loads that were running when the server stopped. Their transactions never committed,
     * so the database already holds nothing of them; only their status is left to correct.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int abortRunning() {
        var running = em.createNamedQuery("LedgerLoad.running", LedgerLoad.class).getResultList();
        running.forEach(load -> load.markAborted(clock.instant()));
        return running.size();
    }

    /** Undoes a load: its periods go back to the loads it took them from. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void undo(long loadId, String by) throws SQLException {
        LedgerLoad load = em.find(LedgerLoad.class, loadId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (load == null) {
            throw new se.uniplan.shared.NotFoundException("LedgerLoad", loadId);
        }
        try (Connection c = dataSource.getConnection()) {
            load.undo(by, clock.instant(), LedgerJdbc.holdsItsPeriods(c, loadId));
            LedgerJdbc.releasePeriods(c, loadId);
        }
    }

    /** Records how a load ended when its own transaction did not commit. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long loadId, LoadOutcome outcome, List<LedgerProblem> problems, String sha256) throws SQLException {
        LedgerLoad load = em.find(LedgerLoad.class, loadId);
        load.recordSha256(sha256);
        load.finish(outcome, clock.instant());
        try (Connection c = dataSource.getConnection()) {
            LedgerJdbc.saveProblems(c, loadId, problems);
        }
    }

    private static void loadPeriodBalances(LoadingSink sink, Map<PeriodAccount, Long> expected) {
        // Object balances (a cost centre's share) load as they are; what the account's own balance
        // holds beyond them loads without a cost centre, so the account adds up to the file's figure.
        Map<PeriodAccount, Long> objectShares = new HashMap<>();
        List<LedgerBalance> accountLevel = new ArrayList<>();
        for (LedgerBalance b : sink.balances()) {
            if (b.kind() != LedgerBalance.Kind.PERIOD_CHANGE || b.yearIndex() != 0) {
                continue;
            }
            if (isCostCentreOnly(b.dimensions())) {
                sink.loadPeriodBalance(b, b.amount());
                objectShares.merge(new PeriodAccount(b.period(), b.account()), b.amount(), Long::sum);
            } else if (b.dimensions() == null || b.dimensions().equals(se.uniplan.plugin.api.ledger.LedgerDimensions.NONE)) {
                accountLevel.add(b);
            }
        }
        for (LedgerBalance b : accountLevel) {
            PeriodAccount key = new PeriodAccount(b.period(), b.account());
            long rest = b.amount() - objectShares.getOrDefault(key, 0L);
            if (rest != 0) {
                sink.loadPeriodBalance(b, rest);
            }
            expected.merge(key, b.amount(), Long::sum);
        }
        objectShares.forEach((k, v) -> expected.putIfAbsent(k, v));
        sink.excluded().forEach((k, v) -> expected.merge(k, -v, Long::sum));
    }

    /** A cost centre's own share of an account: objects of other dimensions would overlap it. */
    private static boolean isCostCentreOnly(se.uniplan.plugin.api.ledger.LedgerDimensions d) {
        return d != null && d.costCentre() != null && d.project() == null && d.activityType() == null
                && d.funder() == null && d.counterpart() == null;
    }

    private static Map<PeriodAccount, Long> lineSums(Map<LoadingSink.TotalKey, long[]> totals) {
        Map<PeriodAccount, Long> sums = new HashMap<>();
        totals.forEach((k, v) -> sums.merge(new PeriodAccount(k.period(), k.account()), v[0], Long::sum));
        return sums;
    }

    private static LoadOutcome outcome(LedgerFileHeader header, LedgerFileSummary summary, LoadingSink sink,
                                       ProblemLog problems, Reconciler.Result proof, TreeSet<Integer> periods) {
        boolean refused = !proof.agrees() || problems.count() > 0;
        String key = !proof.agrees() ? "ledger.message.reconciliationDiffers"
                : problems.count() > 0 ? "ledger.message.problems" : null;
        if (refused && proof.agrees() && problems.count() <= sink.tolerance()) {
            key = "ledger.message.withinTolerance";
        }
        return new LoadOutcome(LoadStatus.LOADED, header == null ? null : header.format(),
                header == null || header.content() == null ? null : header.content().name(),
                header == null ? null : header.encoding(), summary.linesRead(), sink.loaded(), sink.refused(), sink.skipped(),
                problems.count(), periods.isEmpty() ? null : periods.first(), periods.isEmpty() ? null : periods.last(),
                proof.agrees() ? Reconciliation.AGREES : Reconciliation.DIFFERS, proof.detail(), refused ? key : null,
                refused ? Long.toString(problems.count()) : null);
    }
}
