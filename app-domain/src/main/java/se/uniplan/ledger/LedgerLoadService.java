package se.uniplan.ledger;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.uniplan.access.Action;
import se.uniplan.access.CurrentActor;
import se.uniplan.integration.PluginRegistry;
import se.uniplan.platform.Database;
import se.uniplan.plugin.api.ledger.LedgerProblem;
import se.uniplan.shared.NotFoundException;
import se.uniplan.shared.RuleViolationException;

/**
 * Ledger loads as IT meets them: start a load of a file (upload or REST), follow it, stop it,
 * read its report, undo it. Every method requires {@link Action#ADMINISTER_INTEGRATIONS}.
 *
 * <p>Configuration: {@code uniplan.ledger.tolerance} (0): how many problems a load may have and
 * still load what is valid; the report then says what was left out.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LedgerLoadService {

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private PluginRegistry registry;

    @Inject
    private LedgerFiles files;

    @Inject
    private LedgerLoadTransaction transaction;

    @Inject
    private LedgerLoadJob job;

    @Inject
    private LoadProgress progress;

    @Inject
    private jakarta.enterprise.event.Event<LedgerChanged> changed;

    @Inject
    @ConfigProperty(name = "uniplan.ledger.tolerance", defaultValue = "0")
    private long tolerance;

    /** The enabled plugins that read ledger files. */
    public List<String> sources() {
        currentActor.get().require(Action.ADMINISTER_INTEGRATIONS);
        return registry.ledgerSources();
    }

    /** Starts loading a file and returns the running load at once; follow it with {@link #get}. */
    public LedgerLoad start(String source, String fileName, InputStream content, LoadMode mode, LoadOrigin origin) {
        long id = create(source, fileName, content, mode, origin, currentActor.username());
        job.runAsync(id);
        return em.find(LedgerLoad.class, id);
    }

    /** Loads a file on this thread, to its end: the nightly run's way; {@code by} null means the caller. */
    public LedgerLoad loadNow(String source, String fileName, InputStream content, LoadMode mode, LoadOrigin origin,
                              String by) {
        long id = create(source, fileName, content, mode, origin, by == null ? currentActor.username() : by);
        job.run(id);
        return em.find(LedgerLoad.class, id);
    }

    /** Loads a file on this server's disk (a drop folder) on this thread, to its end, without copying it. */
    public LedgerLoad loadNow(String source, java.nio.file.Path file, LoadMode mode, LoadOrigin origin, String by) {
        requireSource(source, file.getFileName().toString());
        long id = begin(source, file.getFileName().toString(), files.receive(file), mode, origin, by);
        job.run(id);
        return em.find(LedgerLoad.class, id);
    }

    private void requireSource(String source, String fileName) {
        currentActor.get().require(Action.ADMINISTER_INTEGRATIONS);
        if (!registry.ledgerSources().contains(source)) {
            throw new RuleViolationException("error.ledger.sourceNotEnabled", source);
        }
        if (fileName == null || fileName.isBlank()) {
            throw new RuleViolationException("error.ledger.fileNameMissing");
        }
    }

    private long create(String source, String fileName, InputStream content, LoadMode mode, LoadOrigin origin, String by) {
        requireSource(source, fileName);
        return begin(source, fileName, files.receive(content), mode, origin, by);
    }

    private long begin(String source, String fileName, LedgerFiles.Received received, LoadMode mode, LoadOrigin origin,
                       String by) {
        if (received.size() == 0) {
            files.discard(received);
            throw new RuleViolationException("error.ledger.emptyFile", fileName);
        }
        return transaction.begin(source, fileName.strip(), received, mode, origin, by, tolerance);
    }

    /** The latest loads, newest first. */
    public List<LedgerLoad> recent(int max) {
        currentActor.get().require(Action.ADMINISTER_INTEGRATIONS);
        return em.createNamedQuery("LedgerLoad.recent", LedgerLoad.class).setMaxResults(max).getResultList();
    }

    public LedgerLoad get(long id) {
        currentActor.get().require(Action.ADMINISTER_INTEGRATIONS);
        return Optional.ofNullable(em.find(LedgerLoad.class, id)).orElseThrow(() -> new NotFoundException("LedgerLoad", id));
    }

    /** How many lines a running load has read so far; -1 when it is not running. */
    public long linesRead(long id) {
        currentActor.get().require(Action.ADMINISTER_INTEGRATIONS);
        return progress.linesRead(id);
    }

    /** The problems a load's report lists, in file order. */
    public List<LedgerProblem> problems(long id) {
        get(id);
        try (Connection c = dataSource.getConnection()) {
            return LedgerJdbc.problems(c, id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What one load holds, per period and account (öre). */
    public List<PeriodSum> sums(long id) {
        get(id);
        return sums(id, null, 0, 999_999);
    }

    /** What the loads that hold the periods count now, per period and account (öre). */
    public List<PeriodSum> activeSums(String source, int fromPeriod, int toPeriod) {
        currentActor.get().require(Action.ADMINISTER_INTEGRATIONS);
        return sums(null, source, fromPeriod, toPeriod);
    }

    private List<PeriodSum> sums(Long id, String source, int from, int to) {
        try (Connection c = dataSource.getConnection()) {
            return LedgerJdbc.sums(c, id, source, from, to);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asks a running load to stop; it rolls back and nothing of it stays. */
    public void cancel(long id) {
        LedgerLoad load = get(id);
        if (load.getStatus() != LoadStatus.RUNNING || !progress.cancel(id)) {
            throw new RuleViolationException("error.ledger.notRunning", load.getFileName());
        }
    }

    /** Undoes a loaded load: its periods go back to the loads that held them before. */
    public LedgerLoad undo(long id) {
        get(id);
        try {
            transaction.undo(id, currentActor.username());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        LedgerLoad undone = em.find(LedgerLoad.class, id);
        if (undone.getFirstPeriod() != null) {
            changed.fireAsync(new LedgerChanged(undone.getSource(), undone.getFirstPeriod(), undone.getLastPeriod()));
        }
        return undone;
    }
}
