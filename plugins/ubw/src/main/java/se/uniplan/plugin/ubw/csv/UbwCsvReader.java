package se.uniplan.plugin.ubw.csv;

import java.io.IOException;
import se.uniplan.plugin.api.ledger.LedgerFileReader;
import se.uniplan.plugin.api.ledger.LedgerFileSummary;
import se.uniplan.plugin.api.ledger.LedgerSink;
import se.uniplan.plugin.api.ledger.SourceFile;
import se.uniplan.plugin.ubw.UbwSettings;

/** Being written (issue 4). */
public final class UbwCsvReader implements LedgerFileReader {

    public UbwCsvReader(UbwSettings settings) {
    }

    @Override
    public boolean canRead(String fileName, byte[] head) {
        return false;
    }

    @Override
    public LedgerFileSummary read(SourceFile file, LedgerSink sink) throws IOException {
        throw new IOException("not yet");
    }
}
