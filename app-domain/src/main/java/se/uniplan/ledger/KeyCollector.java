package se.uniplan.ledger;

import java.io.IOException;
import java.util.Arrays;
import se.uniplan.plugin.api.ledger.LedgerAccount;
import se.uniplan.plugin.api.ledger.LedgerBalance;
import se.uniplan.plugin.api.ledger.LedgerDimensionValue;
import se.uniplan.plugin.api.ledger.LedgerFileHeader;
import se.uniplan.plugin.api.ledger.LedgerFileReader;
import se.uniplan.plugin.api.ledger.LedgerLine;
import se.uniplan.plugin.api.ledger.LedgerProblem;
import se.uniplan.plugin.api.ledger.LedgerSink;
import se.uniplan.plugin.api.ledger.SourceFile;

/**
 * A first pass over a file that adds to the ledger (a nightly delta): only the lines' keys, so
 * that the load can ask the database once which of them are already loaded.
 */
final class KeyCollector implements LedgerSink {

    private long[] keys = new long[1024];
    private int count;

    static long[] keysOf(LedgerFileReader reader, SourceFile file) throws IOException {
        KeyCollector collector = new KeyCollector();
        reader.read(file, collector);
        return Arrays.copyOf(collector.keys, collector.count);
    }

    @Override
    public void line(LedgerLine line) {
        if (count == keys.length) {
            keys = Arrays.copyOf(keys, count * 2);
        }
        keys[count++] = LoadingSink.rowKey(line.key());
    }

    @Override
    public void header(LedgerFileHeader header) {
    }

    @Override
    public void account(LedgerAccount account) {
    }

    @Override
    public void dimensionValue(LedgerDimensionValue value) {
    }

    @Override
    public void balance(LedgerBalance balance) {
    }

    @Override
    public void problem(LedgerProblem problem) {
    }
}
