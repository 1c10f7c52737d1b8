package se.uniplan.plugin.ubw.sie;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.util.Locale;
import se.uniplan.plugin.api.ledger.LedgerFileReader;
import se.uniplan.plugin.api.ledger.LedgerFileSummary;
import se.uniplan.plugin.api.ledger.LedgerSink;
import se.uniplan.plugin.api.ledger.SourceFile;
import se.uniplan.plugin.ubw.UbwSettings;

/**
 * Reads SIE files, types 1 to 4 (4E and 4I), the Swedish standard that UBW and every other Swedish
 * ledger exports, into the SPI's neutral records. The character set is sniffed unless IT
 * configures one; see {@link SieFileParser} for how records are read and {@link SieVouchers} for
 * the voucher rules.
 *
 * <p>Usage, as the core does it:
 * <pre>{@code
 * LedgerFileReader reader = new SieReader(UbwSettings.defaults());
 * if (reader.canRead(name, head)) {
 *     LedgerFileSummary summary = reader.read(new SourceFile(name, path), sink);
 * }
 * }</pre>
 */
public final class SieReader implements LedgerFileReader {

    private static final byte[] FLAGGA = "#FLAGGA".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final UbwSettings settings;

    public SieReader(UbwSettings settings) {
        this.settings = settings;
    }

    /** A SIE file by its name (.se, .si, .sie in any case) or by its first record, {@code #FLAGGA}. */
    @Override
    public boolean canRead(String fileName, byte[] head) {
        if (fileName != null) {
            String name = fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".se") || name.endsWith(".si") || name.endsWith(".sie")) {
                return true;
            }
        }
        if (head == null) {
            return false;
        }
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        if (head.length - i < FLAGGA.length) {
            return false;
        }
        for (int k = 0; k < FLAGGA.length; k++) {
            if (Character.toUpperCase((char) head[i + k]) != FLAGGA[k]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public LedgerFileSummary read(SourceFile file, LedgerSink sink) throws IOException {
        Charset charset = SieEncoding.configured(settings.sieEncoding());
        if (charset == null) {
            try (InputStream in = Files.newInputStream(file.path())) {
                charset = SieEncoding.sniff(in);
            }
        }
        SieOutput out = new SieOutput(sink);
        SieFileParser parser = new SieFileParser(settings, file.name(), charset, out);
        long lines = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file.path()),
                charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16)) {
            String line;
            while ((line = reader.readLine()) != null) {
                parser.line(++lines, line);
            }
        }
        parser.finish();
        return out.summary(lines);
    }
}
