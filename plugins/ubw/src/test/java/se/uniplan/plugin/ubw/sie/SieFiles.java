package se.uniplan.plugin.ubw.sie;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.uniplan.plugin.api.ledger.LedgerFileSummary;
import se.uniplan.plugin.api.ledger.LedgerProblem;
import se.uniplan.plugin.api.ledger.SourceFile;
import se.uniplan.plugin.ubw.UbwSettings;

/** Small SIE files written in a test's temporary folder and read back. */
final class SieFiles {

    /** The head of a type 4 export, lines 1 to 7, as the inline files of the tests begin. */
    static final String HEAD = """
            #FLAGGA 0
            #FORMAT PC8
            #SIETYP 4
            #PROGRAM "Testprogram" 1.0
            #GEN 20240105
            #FNAMN "Räksmörgås Åkeri AB"
            #RAR 0 20240101 20241231
            """;

    private final Path dir;
    private UbwSettings settings = UbwSettings.defaults();

    SieFiles(Path dir) {
        this.dir = dir;
    }

    /** Reads with these configuration keys set (without the plugin's prefix). */
    SieFiles with(String... keysAndValues) {
        Map<String, String> config = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            config.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        settings = UbwSettings.from(key -> Optional.ofNullable(config.get(key)));
        return this;
    }

    /** Writes the text in codepage 437, as the specification wants, and reads it. */
    Read read(String name, String text) {
        return read(name, text, SieEncoding.PC8);
    }

    Read read(String name, String text, Charset charset) {
        return read(name, text.getBytes(charset));
    }

    Read read(String name, byte[] bytes) {
        try {
            Path file = dir.resolve(name);
            Files.write(file, bytes);
            RecordingSink sink = new RecordingSink();
            LedgerFileSummary summary = new SieReader(settings).read(new SourceFile(name, file), sink);
            return new Read(sink, summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a read gave. */
    record Read(RecordingSink sink, LedgerFileSummary summary) {

        List<LedgerProblem> problems() {
            return sink.problems;
        }
    }

    static LedgerProblem problem(long line, LedgerProblem.Kind kind, String value) {
        return new LedgerProblem(line, kind, value);
    }
}
