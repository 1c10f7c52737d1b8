package se.uniplan.web.rest;

import java.time.Instant;
import java.util.Locale;
import se.uniplan.ledger.LedgerLoad;
import se.uniplan.plugin.api.ledger.LedgerProblem;
import se.uniplan.web.Messages;

/** What the ledger resource sends: a load's run record and the problems of its report. */
public final class LedgerDtos {

    private LedgerDtos() {
    }

    /**
     * One load. {@code linesReadSoFar} is the running load's progress, -1 once it has ended.
     * {@code message} says in the caller's language why the load ended as it did, if not plainly.
     * {@code indexedAt}: when the load's lines were indexed for drill-down, after it committed.
     */
    public record LoadDto(long id, String source, String fileName, long fileSize, String format, String encoding,
                          String content, String mode, String origin, String startedBy, Instant startedAt,
                          Instant finishedAt, String status, long linesRead, long rowsLoaded, long rowsRefused,
                          long rowsSkipped, long problemCount, long tolerance, Integer firstPeriod, Integer lastPeriod,
                          String reconciliation, String reconciliationDetail, String message, String undoneBy,
                          Instant undoneAt, long linesReadSoFar, Instant indexedAt) {

        static LoadDto of(LedgerLoad l, long linesReadSoFar, Locale locale) {
            String message = l.getMessageKey() == null ? null
                    : Messages.text(locale, l.getMessageKey(), l.getMessageValue() == null ? "" : l.getMessageValue());
            return new LoadDto(l.getId(), l.getSource(), l.getFileName(), l.getFileSize(), l.getFormat(), l.getEncoding(),
                    l.getContent(), l.getMode().name(), l.getOrigin().name(), l.getStartedBy(), l.getStartedAt(),
                    l.getFinishedAt(), l.getStatus().name(), l.getLinesRead(), l.getRowsLoaded(), l.getRowsRefused(),
                    l.getRowsSkipped(), l.getProblemCount(), l.getTolerance(), l.getFirstPeriod(), l.getLastPeriod(),
                    l.getReconciliation().name(), l.getReconciliationDetail(), message, l.getUndoneBy(), l.getUndoneAt(),
                    linesReadSoFar, l.getIndexedAt());
        }
    }

    /** One problem of a load's report: the file's line, what is wrong in words, and the offending value. */
    public record ProblemDto(long line, String kind, String reason, String value) {

        static ProblemDto of(LedgerProblem p, Locale locale) {
            return new ProblemDto(p.sourceLine(), p.kind().name(), Messages.text(locale, "ledger.problem." + p.kind().name()),
                    p.value());
        }
    }
}
