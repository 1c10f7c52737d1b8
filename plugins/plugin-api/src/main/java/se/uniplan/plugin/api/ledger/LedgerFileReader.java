package se.uniplan.plugin.api.ledger;

import java.io.IOException;

/**
 * What a general-ledger plugin offers besides {@link se.uniplan.plugin.api.SourceSystemPlugin}:
 * reading a file of its system into neutral records.
 *
 * <p>A reader never decides whether a file is loaded. It reports every record and every problem
 * it sees, in file order, and carries on to the end so that one run's report lists all of a
 * file's problems. The core refuses or loads.
 */
public interface LedgerFileReader {

    /**
     * True if this reader understands the file, judged by its name and its first bytes
     * (at most 4 096). Must be cheap and must not throw.
     */
    boolean canRead(String fileName, byte[] head);

    /**
     * Reads the whole file and hands each record to the sink, in file order.
     *
     * @return what the file itself says about its content, for the core's reconciliation
     * @throws IOException only when the file cannot be read at all; bad content is reported
     *                     to {@link LedgerSink#problem(LedgerProblem)} instead
     */
    LedgerFileSummary read(SourceFile file, LedgerSink sink) throws IOException;
}
