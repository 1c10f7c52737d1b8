package se.uniplan.plugin.ubw.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import se.uniplan.plugin.api.ledger.LedgerAccount;
import se.uniplan.plugin.api.ledger.LedgerBalance;
import se.uniplan.plugin.api.ledger.LedgerDimensionValue;
import se.uniplan.plugin.api.ledger.LedgerFileHeader;
import se.uniplan.plugin.api.ledger.LedgerLine;
import se.uniplan.plugin.api.ledger.LedgerProblem;
import se.uniplan.plugin.api.ledger.LedgerSink;

/** Keeps everything a reader hands over, and fails if the header is not first and only once. */
final class RecordingSink implements LedgerSink {

    LedgerFileHeader header;
    final List<LedgerLine> lines = new ArrayList<>();
    final List<LedgerAccount> accounts = new ArrayList<>();
    final List<LedgerDimensionValue> values = new ArrayList<>();
    final List<LedgerProblem> problems = new ArrayList<>();

    @Override
    public void header(LedgerFileHeader header) {
        assertNull(this.header, "header twice");
        assertEquals(0, lines.size() + accounts.size() + values.size() + problems.size(), "header after records");
        this.header = header;
    }

    @Override
    public void account(LedgerAccount account) {
        assertNotNull(header, "account before header");
        accounts.add(account);
    }

    @Override
    public void dimensionValue(LedgerDimensionValue value) {
        assertNotNull(header, "dimension value before header");
        values.add(value);
    }

    @Override
    public void line(LedgerLine line) {
        assertNotNull(header, "line before header");
        lines.add(line);
    }

    @Override
    public void balance(LedgerBalance balance) {
        throw new AssertionError("a UBW CSV export states no balances");
    }

    @Override
    public void problem(LedgerProblem problem) {
        assertNotNull(header, "problem before header");
        problems.add(problem);
    }

    List<LedgerProblem> problems(LedgerProblem.Kind kind) {
        return problems.stream().filter(p -> p.kind() == kind).toList();
    }

    LedgerLine line(String key) {
        return lines.stream().filter(l -> l.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + key + " in " + lines));
    }
}
