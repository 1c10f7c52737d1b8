package se.uniplan.plugin.ubw.sie;

import java.nio.charset.Charset;
import se.uniplan.plugin.api.ledger.LedgerDimensionValue;
import se.uniplan.plugin.api.ledger.LedgerProblem.Kind;
import se.uniplan.plugin.ubw.UbwSettings;

/**
 * Reads a SIE file's lines in order and sends each record to the part that understands it. The
 * specification orders a file as flag, identification, chart of accounts, then balances and
 * vouchers; the header is sent when the identification block ends, the accounts when their block
 * ends. A record that cannot be read is reported as a malformed line and reading goes on, so that
 * one run lists all of a file's problems. Records the core has no use for ({@code #ADRESS #SRU
 * #TAXAR #VALUTA #PROSA} …) and labels the specification may add later are passed over.
 */
final class SieFileParser {

    private final SieTokenizer tokenizer = new SieTokenizer();
    private final SieOutput out;
    private final Charset charset;
    private final SieHeaderBlock header;
    private final SieAccounts accounts = new SieAccounts();
    private final SieDimensionMap dimensions;
    private final SieBalances balances;
    private final SieVouchers vouchers;
    private final SieChecksum checksum = new SieChecksum();
    private boolean anyRecord;

    SieFileParser(UbwSettings settings, String fileName, Charset charset, SieOutput out) {
        this.out = out;
        this.charset = charset;
        this.header = new SieHeaderBlock(fileName);
        this.dimensions = new SieDimensionMap(settings.sieDimensions());
        this.balances = new SieBalances(dimensions, out);
        this.vouchers = new SieVouchers(dimensions, out, header::currentYear);
    }

    /** One physical line, numbered from 1. */
    void line(long number, String text) {
        String trimmed = trim(number == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (trimmed.isEmpty()) {
            return;
        }
        if (trimmed.equals("{") || trimmed.equals("}")) {
            startBody();
            if (trimmed.equals("{")) {
                vouchers.openBlock(number);
            } else {
                vouchers.closeBlock(number);
            }
            return;
        }
        SieRecord record = tokenizer.parse(number, trimmed);
        anyRecord |= record.label().startsWith("#");
        checksum.accept(record, out);
        if (record.defect() != null) {
            out.problem(number, Kind.MALFORMED_LINE, record.label() + " " + record.defect());
            vouchers.unreadable(record);
            return;
        }
        try {
            dispatch(record);
        } catch (SieFormatException e) {
            out.problem(number, Kind.MALFORMED_LINE, e.getMessage());
        }
    }

    /** End of file. */
    void finish() {
        startBody();
        accounts.flush(out);
        vouchers.finish();
        balances.finish(header.sieType());
        checksum.finish(out);
        if (!anyRecord) {
            out.problem(0, Kind.UNSUPPORTED_CONTENT, "no SIE records");
        }
    }

    private void dispatch(SieRecord record) {
        String label = record.label();
        if (label.equals("#KSUMMA")) {
            return;
        }
        if (SieHeaderBlock.isIdentification(label)) {
            // after the header has gone, a late #RAR still counts for the date checks
            header.accept(record, out);
            return;
        }
        startBody();
        if (!SieAccounts.isAccountBlock(label)) {
            accounts.flush(out);
        }
        if (!SieVouchers.isVoucherLine(label)) {
            vouchers.noBlockYet();
        }
        if (SieBalances.isBalance(label)) {
            balances.accept(record, header.sieType());
            return;
        }
        switch (label) {
            case "#KONTO" -> accounts.konto(record, out);
            case "#KTYP" -> accounts.ktyp(record);
            case "#DIM" -> out.checkGarbled(record.line(), record.text(1));
            case "#UNDERDIM" -> {
                out.checkGarbled(record.line(), record.text(1));
                dimensions.underdim(record);
            }
            case "#OBJEKT" -> objekt(record);
            case "#VER" -> vouchers.ver(record);
            case "#TRANS", "#RTRANS", "#BTRANS" -> vouchers.line(record);
            default -> {
                // #SRU #ENHET and labels this reader has no use for
            }
        }
    }

    private void objekt(SieRecord record) {
        LedgerDimensionValue value = dimensions.objekt(record);
        if (value != null) {
            out.checkGarbled(record.line(), value.code(), value.name());
            out.dimensionValue(value);
        }
    }

    /** The identification block is over: the header goes now, before anything else. */
    private void startBody() {
        if (!out.headerSent()) {
            out.header(header.build(charset));
        }
    }

    private static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && SieTokenizer.isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && (SieTokenizer.isBlank(text.charAt(end - 1)) || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }
}
