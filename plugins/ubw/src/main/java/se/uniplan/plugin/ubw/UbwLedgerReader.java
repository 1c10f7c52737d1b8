package se.uniplan.plugin.ubw;

import java.io.IOException;
import java.util.List;
import se.uniplan.plugin.api.ledger.LedgerFileReader;
import se.uniplan.plugin.api.ledger.LedgerFileSummary;
import se.uniplan.plugin.api.ledger.LedgerSink;
import se.uniplan.plugin.api.ledger.SourceFile;
import se.uniplan.plugin.ubw.csv.UbwCsvReader;
import se.uniplan.plugin.ubw.sie.SieReader;

/** Hands a file to whichever of UBW's formats recognises it: SIE first, then the CSV exports. */
final class UbwLedgerReader implements LedgerFileReader {

    private final List<LedgerFileReader> readers;

    UbwLedgerReader(UbwSettings settings) {
        this.readers = List.of(new SieReader(settings), new UbwCsvReader(settings));
    }

    @Override
    public boolean canRead(String fileName, byte[] head) {
        return readers.stream().anyMatch(r -> r.canRead(fileName, head));
    }

    @Override
    public LedgerFileSummary read(SourceFile file, LedgerSink sink) throws IOException {
        byte[] head;
        try (var in = java.nio.file.Files.newInputStream(file.path())) {
            head = in.readNBytes(4096);
        }
        for (LedgerFileReader reader : readers) {
            if (reader.canRead(file.name(), head)) {
                return reader.read(file, sink);
            }
        }
        throw new IOException("not a SIE file or a UBW export: " + file.name());
    }
}
