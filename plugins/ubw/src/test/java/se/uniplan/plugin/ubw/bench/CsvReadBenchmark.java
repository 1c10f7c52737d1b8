package se.uniplan.plugin.ubw.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import se.uniplan.plugin.api.ledger.LedgerAccount;
import se.uniplan.plugin.api.ledger.LedgerBalance;
import se.uniplan.plugin.api.ledger.LedgerDimensionValue;
import se.uniplan.plugin.api.ledger.LedgerFileHeader;
import se.uniplan.plugin.api.ledger.LedgerFileSummary;
import se.uniplan.plugin.api.ledger.LedgerLine;
import se.uniplan.plugin.api.ledger.LedgerProblem;
import se.uniplan.plugin.api.ledger.LedgerSink;
import se.uniplan.plugin.api.ledger.SourceFile;
import se.uniplan.plugin.ubw.UbwSettings;
import se.uniplan.plugin.ubw.csv.UbwCsvReader;

/**
 * Measures how fast {@link UbwCsvReader} streams an agltransact export into a sink that only
 * counts, i.e. the reader's own share of a load. Prints rows, seconds, rows/s and MB/s; runs
 * the file {@code runs} times (default 1) so the JIT's warm-up can be told apart.
 *
 * <pre>
 * java -cp plugins/ubw/target/test-classes:plugins/ubw/target/classes:plugins/plugin-api/target/classes \
 *      se.uniplan.plugin.ubw.bench.CsvReadBenchmark /tmp/ledger/agltransact.csv [runs]
 * </pre>
 */
public final class CsvReadBenchmark {

    private CsvReadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: CsvReadBenchmark <agltransact.csv> [runs]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        double megabytes = Files.size(file) / 1e6;
        UbwCsvReader reader = new UbwCsvReader(UbwSettings.defaults());
        for (int run = 1; run <= runs; run++) {
            CountingSink sink = new CountingSink();
            long started = System.nanoTime();
            LedgerFileSummary summary = reader.read(new SourceFile(file.getFileName().toString(), file), sink);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT,
                    "run %d: %d rows, %d problems, %d lines read, %.2f s, %.0f rows/s, %.0f MB/s, net %d öre%n", run,
                    sink.lines, sink.problems, summary.linesRead(), seconds, sink.lines / seconds, megabytes / seconds,
                    sink.sum);
            if (sink.firstProblem != null) {
                System.out.println("first problem: " + sink.firstProblem);
            }
        }
    }

    /** Counts what it is given and keeps nothing, so the figure is the reader's alone. */
    static final class CountingSink implements LedgerSink {
        long lines;
        long problems;
        long sum;
        LedgerProblem firstProblem;

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
        public void line(LedgerLine line) {
            lines++;
            sum += line.amount();
        }

        @Override
        public void balance(LedgerBalance balance) {
        }

        @Override
        public void problem(LedgerProblem problem) {
            if (problems++ == 0) {
                firstProblem = problem;
            }
        }
    }
}
