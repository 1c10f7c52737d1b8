package se.uniplan.plugin.ubw.sie;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.uniplan.plugin.api.ledger.LedgerAccount;
import se.uniplan.plugin.api.ledger.LedgerBalance;
import se.uniplan.plugin.api.ledger.LedgerDimensionValue;
import se.uniplan.plugin.api.ledger.LedgerFileHeader;
import se.uniplan.plugin.api.ledger.LedgerFileSummary;
import se.uniplan.plugin.api.ledger.LedgerFileSummary.PeriodAccount;
import se.uniplan.plugin.api.ledger.LedgerLine;
import se.uniplan.plugin.api.ledger.LedgerProblem;
import se.uniplan.plugin.api.ledger.LedgerSink;

/**
 * Everything the reader hands to the core passes here, for two reasons. The SPI wants the header
 * before any other record, but a SIE file's identification block can already hold problems (a bad
 * {@code #GEN} date, a garbled company name): those wait until the header has gone. And the
 * summary's control totals are counted here, on what was actually handed over, independently of
 * what the sink does with it.
 */
final class SieOutput {

    private final LedgerSink sink;
    private final List<LedgerProblem> waiting = new ArrayList<>();
    private final Map<PeriodAccount, Long> controlTotals = new HashMap<>();
    private boolean headerSent;
    private long ledgerLines;

    SieOutput(LedgerSink sink) {
        this.sink = sink;
    }

    boolean headerSent() {
        return headerSent;
    }

    void header(LedgerFileHeader header) {
        if (headerSent) {
            throw new IllegalStateException("header twice");
        }
        headerSent = true;
        sink.header(header);
        waiting.forEach(sink::problem);
        waiting.clear();
    }

    void account(LedgerAccount account) {
        requireHeader();
        sink.account(account);
    }

    void dimensionValue(LedgerDimensionValue value) {
        requireHeader();
        sink.dimensionValue(value);
    }

    void balance(LedgerBalance balance) {
        requireHeader();
        sink.balance(balance);
    }

    void line(LedgerLine line) {
        requireHeader();
        sink.line(line);
        ledgerLines++;
        controlTotals.merge(new PeriodAccount(line.period(), line.account()), line.amount(), Long::sum);
    }

    void problem(long line, LedgerProblem.Kind kind, String value) {
        LedgerProblem problem = new LedgerProblem(line, kind, value);
        if (headerSent) {
            sink.problem(problem);
        } else {
            waiting.add(problem);
        }
    }

    /** Reports the first garbled word among the texts, if any, and says whether there was one. */
    boolean checkGarbled(long line, String... texts) {
        for (String text : texts) {
            String garbled = text == null ? null : GarbledText.firstGarbledWord(text);
            if (garbled != null) {
                problem(line, LedgerProblem.Kind.GARBLED_ENCODING, garbled);
                return true;
            }
        }
        return false;
    }

    LedgerFileSummary summary(long linesRead) {
        return new LedgerFileSummary(linesRead, ledgerLines, controlTotals);
    }

    private void requireHeader() {
        if (!headerSent) {
            throw new IllegalStateException("a record before the header");
        }
    }
}
