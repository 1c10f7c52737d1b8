package se.uniplan.plugin.ubw.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.uniplan.plugin.api.ledger.LedgerFileHeader;
import se.uniplan.plugin.api.ledger.LedgerFileReader;
import se.uniplan.plugin.api.ledger.LedgerFileSummary;
import se.uniplan.plugin.api.ledger.LedgerProblem;
import se.uniplan.plugin.api.ledger.LedgerSink;
import se.uniplan.plugin.api.ledger.SourceFile;
import se.uniplan.plugin.ubw.UbwSettings;

/**
 * Reads UBW's table exports as CSV: {@code agltransact} (posted lines), {@code aglaccounts}
 * (the chart of accounts) and {@code agldimvalue} (dimension values). Which table a file holds
 * is told by its header row, read through the site's column mapping; the delimiter (';', ',' or
 * TAB) by which of them the header uses most; the character set by sniffing unless IT names one.
 *
 * <p>The file is streamed: a nightly export of ten million rows is never held in memory, and
 * reading it costs one pass of a hand-written scanner (see {@link CsvScanner}). Every row is
 * checked and every problem reported with its line; the core decides what is loaded.
 *
 * <pre>{@code
 * LedgerFileReader reader = new UbwCsvReader(UbwSettings.defaults());
 * if (reader.canRead(name, head)) {
 *     LedgerFileSummary summary = reader.read(new SourceFile(name, path), sink);
 * }
 * }</pre>
 */
public final class UbwCsvReader implements LedgerFileReader {

    static final int HEAD_BYTES = 64 * 1024;

    private final UbwSettings settings;

    public UbwCsvReader(UbwSettings settings) {
        this.settings = settings;
    }

    /** A .csv, .txt or .tsv file whose first line is the header of one of UBW's three tables. */
    @Override
    public boolean canRead(String fileName, byte[] head) {
        try {
            String name = fileName.toLowerCase(Locale.ROOT);
            if (!name.endsWith(".csv") && !name.endsWith(".txt") && !name.endsWith(".tsv")) {
                return false;
            }
            String firstLine = firstLine(new String(head, CsvEncoding.ofHead(settings.csvEncoding(), head)));
            CsvScanner scanner = new CsvScanner(new StringReader(firstLine), delimiter(firstLine));
            return scanner.next() && new CsvColumns(fields(scanner), settings.csvColumn()).recognised() != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public LedgerFileSummary read(SourceFile file, LedgerSink sink) throws IOException {
        Path path = file.path();
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        Charset charset;
        try {
            charset = CsvEncoding.of(settings.csvEncoding(), path, head);
        } catch (IllegalArgumentException e) {
            throw new IOException("the configured csv.encoding is not a character set: " + settings.csvEncoding(), e);
        }
        char delimiter = delimiter(firstLine(new String(head, charset)));
        try (Reader reader = decoding(Files.newInputStream(path), charset)) {
            return read(new CsvScanner(reader, delimiter), charset, sink);
        }
    }

    /** A reader that turns undecodable bytes into U+FFFD, which the row readers report. */
    private static Reader decoding(InputStream in, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return new Utf8Reader(in);
        }
        return new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    private LedgerFileSummary read(CsvScanner scanner, Charset charset, LedgerSink sink) throws IOException {
        List<String> header = null;
        while (header == null && scanner.next()) {
            header = scanner.blank() ? null : fields(scanner);
        }
        if (header == null) {
            sink.header(header("UBW CSV", LedgerFileHeader.Content.TRANSACTIONS, charset, ""));
            sink.problem(new LedgerProblem(0, LedgerProblem.Kind.UNSUPPORTED_CONTENT, "no header row"));
            return new LedgerFileSummary(scanner.linesRead(), 0, Map.of());
        }
        CsvColumns columns = new CsvColumns(header, settings.csvColumn());
        TableRows rows;
        try {
            rows = switch (columns.table()) {
                case TRANSACTIONS -> new TransactionRows(columns, settings, sink);
                case ACCOUNTS -> new AccountRows(columns, sink);
                case DIMENSION_VALUES -> new DimensionValueRows(columns, settings, sink);
            };
        } catch (IllegalArgumentException e) {
            throw new IOException("the UBW plugin's CSV settings cannot be used: " + e.getMessage(), e);
        }
        List<String> missing = columns.missing(rows.required());
        if (!missing.isEmpty()) {
            sink.header(header(rows.format(), rows.content(), charset, ""));
            for (String column : missing) {
                rows.problem(scanner.line(), LedgerProblem.Kind.MALFORMED_LINE, "missing column: " + columns.fileName(column));
            }
            return new LedgerFileSummary(scanner.linesRead(), 0, Map.of());
        }
        boolean more = scanner.next();
        sink.header(header(rows.format(), rows.content(), charset, more ? rows.company(scanner) : ""));
        while (more) {
            rows.accept(scanner);
            more = scanner.next();
        }
        return new LedgerFileSummary(scanner.linesRead(), rows.ledgerLines(), rows.controlTotals());
    }

    private static LedgerFileHeader header(String format, LedgerFileHeader.Content content, Charset charset,
                                           String company) {
        return new LedgerFileHeader(format, content, charset.name(), "", null, company, List.of());
    }

    private static List<String> fields(CsvScanner scanner) {
        List<String> fields = new ArrayList<>(scanner.fieldCount());
        for (int i = 0; i < scanner.fieldCount(); i++) {
            fields.add(scanner.text(i));
        }
        return fields;
    }

    /** The text up to its first line break, without a byte order mark. */
    static String firstLine(String text) {
        int from = text.startsWith("\uFEFF") ? 1 : 0;
        int end = text.indexOf('\n', from);
        return text.substring(from, end < 0 ? text.length() : end);
    }

    /** Whichever of ';', TAB and ',' the header uses most outside quotes; ';' if none. */
    static char delimiter(String headerLine) {
        int semicolons = 0;
        int tabs = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
            }
        }
        if (semicolons >= tabs && semicolons >= commas) {
            return ';';
        }
        return tabs >= commas ? '\t' : ',';
    }
}
