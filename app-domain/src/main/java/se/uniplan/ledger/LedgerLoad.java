package se.uniplan.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import se.uniplan.shared.RuleViolationException;
import se.uniplan.shared.VersionedEntity;

/**
 * One run of one file into the ledger: who or what started it, what the file was, how it went,
 * and the reconciliation that proves it. Its lines, totals and periods are written by
 * {@link LedgerLoader} in one transaction with the final status, so a load that is not
 * {@link LoadStatus#LOADED} has left nothing behind.
 */
@Entity
@Table(name = "ledger_load")
@NamedQuery(name = "LedgerLoad.recent", query = "SELECT l FROM LedgerLoad l ORDER BY l.startedAt DESC, l.id DESC")
@NamedQuery(name = "LedgerLoad.unindexed", query = "SELECT l.id FROM LedgerLoad l WHERE l.indexedAt IS NULL"
        + " AND l.status IN (se.uniplan.ledger.LoadStatus.LOADED, se.uniplan.ledger.LoadStatus.UNDONE) ORDER BY l.id")
@NamedQuery(name = "LedgerLoad.running", query = "SELECT l FROM LedgerLoad l WHERE l.status = se.uniplan.ledger.LoadStatus.RUNNING")
public class LedgerLoad extends VersionedEntity {

    public static final int MAX_FILE_NAME = 400;
    public static final int MAX_DETAIL = 4000;
    public static final int MAX_MESSAGE = 1000;

    @Column(nullable = false, length = 40)
    private String source;

    @Column(name = "file_name", nullable = false, length = MAX_FILE_NAME)
    private String fileName;

    /** Null while the load reads a file taken from a drop folder: its hash is taken alongside. */
    @Column(name = "file_sha256", length = 64)
    private String fileSha256;

    @Column(name = "file_size", nullable = false)
    private long fileSize;

    @Column(length = 60)
    private String format;

    @Column(length = 20)
    private String content;

    @Column(length = 40)
    private String encoding;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LoadMode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LoadOrigin origin;

    @Column(name = "started_by", nullable = false, length = 64)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** When the load's lines were indexed for drill-down and key look-ups (after its commit). */
    @Column(name = "indexed_at")
    private Instant indexedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LoadStatus status = LoadStatus.RUNNING;

    @Column(name = "lines_read", nullable = false)
    private long linesRead;

    @Column(name = "rows_loaded", nullable = false)
    private long rowsLoaded;

    @Column(name = "rows_refused", nullable = false)
    private long rowsRefused;

    @Column(name = "rows_skipped", nullable = false)
    private long rowsSkipped;

    @Column(name = "problem_count", nullable = false)
    private long problemCount;

    @Column(nullable = false)
    private long tolerance;

    @Column(name = "first_period")
    private Integer firstPeriod;

    @Column(name = "last_period")
    private Integer lastPeriod;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Reconciliation reconciliation = Reconciliation.NOT_RUN;

    @Column(name = "reconciliation_detail", length = MAX_DETAIL)
    private String reconciliationDetail;

    @Column(name = "message_key", length = 100)
    private String messageKey;

    @Column(name = "message_value", length = MAX_MESSAGE)
    private String messageValue;

    @Column(name = "undone_at")
    private Instant undoneAt;

    @Column(name = "undone_by", length = 64)
    private String undoneBy;

    protected LedgerLoad() {
    }

    /** A load that starts now. */
    public LedgerLoad(String source, String fileName, String fileSha256, long fileSize, LoadMode mode,
                      LoadOrigin origin, String startedBy, long tolerance, Instant startedAt) {
        this.source = Objects.requireNonNull(source);
        this.fileName = fileName.length() > MAX_FILE_NAME ? fileName.substring(0, MAX_FILE_NAME) : fileName;
        this.fileSha256 = fileSha256;
        this.fileSize = fileSize;
        this.mode = Objects.requireNonNull(mode);
        this.origin = Objects.requireNonNull(origin);
        this.startedBy = Objects.requireNonNull(startedBy);
        this.tolerance = tolerance;
        this.startedAt = Objects.requireNonNull(startedAt);
    }

    /** The load's outcome, written with its data in the load's own transaction. */
    public void finish(LoadOutcome outcome, Instant at) {
        requireRunning();
        this.status = outcome.status();
        this.format = outcome.format();
        this.content = outcome.content();
        this.encoding = outcome.encoding();
        this.linesRead = outcome.linesRead();
        this.rowsLoaded = outcome.rowsLoaded();
        this.rowsRefused = outcome.rowsRefused();
        this.rowsSkipped = outcome.rowsSkipped();
        this.problemCount = outcome.problemCount();
        this.firstPeriod = outcome.firstPeriod();
        this.lastPeriod = outcome.lastPeriod();
        this.reconciliation = outcome.reconciliation();
        this.reconciliationDetail = clip(outcome.reconciliationDetail(), MAX_DETAIL);
        this.messageKey = outcome.messageKey();
        this.messageValue = clip(outcome.messageValue(), MAX_MESSAGE);
        this.finishedAt = at;
    }

    /** Found still running when the server started: the server stopped during the load. */
    public void markAborted(Instant at) {
        requireRunning();
        this.status = LoadStatus.ABORTED;
        this.messageKey = "ledger.message.aborted";
        this.finishedAt = at;
    }

    /**
     * Undoes a load: its periods go back to the loads that held them. Only a load that still holds
     * every period it took may be undone; a later replacement must be undone first.
     */
    public void undo(String by, Instant at, boolean stillHoldsItsPeriods) {
        if (status != LoadStatus.LOADED) {
            throw new RuleViolationException("error.ledger.undoNotLoaded", fileName);
        }
        if (!isUndoable()) {
            throw new RuleViolationException("error.ledger.undoMasterData", fileName);
        }
        if (!stillHoldsItsPeriods) {
            throw new RuleViolationException("error.ledger.undoReplaced", fileName);
        }
        this.status = LoadStatus.UNDONE;
        this.undoneBy = by;
        this.undoneAt = at;
    }

    /**
     * Master data (accounts, dimension values) is merged into what the source has declared, not
     * held per period, so only loads of figures can be undone.
     */
    public boolean isUndoable() {
        return !"MASTER_DATA".equals(content);
    }

    private void requireRunning() {
        if (status != LoadStatus.RUNNING) {
            throw new IllegalStateException("load " + getId() + " is " + status);
        }
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** The file's SHA-256, taken while it loaded; a hash the load started with stays. */
    public void recordSha256(String sha256) {
        if (fileSha256 == null) {
            this.fileSha256 = sha256;
        }
    }

    /** The load's lines are indexed. */
    public void markIndexed(Instant at) {
        this.indexedAt = at;
    }

    /** How long the load took, or has taken so far. */
    public Duration duration(Instant now) {
        return Duration.between(startedAt, finishedAt != null ? finishedAt : now);
    }

    public String getSource() { return source; }
    public String getFileName() { return fileName; }
    public String getFileSha256() { return fileSha256; }
    public long getFileSize() { return fileSize; }
    public String getFormat() { return format; }
    public String getContent() { return content; }
    public String getEncoding() { return encoding; }
    public LoadMode getMode() { return mode; }
    public LoadOrigin getOrigin() { return origin; }
    public String getStartedBy() { return startedBy; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public Instant getIndexedAt() { return indexedAt; }
    public LoadStatus getStatus() { return status; }
    public long getLinesRead() { return linesRead; }
    public long getRowsLoaded() { return rowsLoaded; }
    public long getRowsRefused() { return rowsRefused; }
    public long getRowsSkipped() { return rowsSkipped; }
    public long getProblemCount() { return problemCount; }
    public long getTolerance() { return tolerance; }
    public Integer getFirstPeriod() { return firstPeriod; }
    public Integer getLastPeriod() { return lastPeriod; }
    public Reconciliation getReconciliation() { return reconciliation; }
    public String getReconciliationDetail() { return reconciliationDetail; }
    public String getMessageKey() { return messageKey; }
    public String getMessageValue() { return messageValue; }
    public Instant getUndoneAt() { return undoneAt; }
    public String getUndoneBy() { return undoneBy; }
}
