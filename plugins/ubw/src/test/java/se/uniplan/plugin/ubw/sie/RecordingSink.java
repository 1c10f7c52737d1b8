package se.uniplan.plugin.ubw.sie;

import java.util.ArrayList;
import java.util.List;
import se.uniplan.plugin.api.ledger.LedgerAccount;
import se.uniplan.plugin.api.ledger.LedgerBalance;
import se.uniplan.plugin.api.ledger.LedgerDimensionValue;
import se.uniplan.plugin.api.ledger.LedgerFileHeader;
import se.uniplan.plugin.api.ledger.LedgerLine;
import se.uniplan.plugin.api.ledger.LedgerProblem;
import se.uniplan.plugin.api.ledger.LedgerSink;

/** Keeps everything a reader hands over, and the order it came in. */
final class RecordingSink implements LedgerSink {

    final List<Object> events = new ArrayList<>();
    final List<LedgerFileHeader> headers = new ArrayList<>();
    final List<LedgerAccount> accounts = new ArrayList<>();
    final List<LedgerDimensionValue> dimensionValues = new ArrayList<>();
    final List<LedgerLine> lines = new ArrayList<>();
    final List<LedgerBalance> balances = new ArrayList<>();
    final List<LedgerProblem> problems = new ArrayList<>();

    @Override
    public void header(LedgerFileHeader header) {
        headers.add(header);
        events.add(header);
    }

    @Override
    public void account(LedgerAccount account) {
        accounts.add(account);
        events.add(account);
    }

    @Override
    public void dimensionValue(LedgerDimensionValue value) {
        dimensionValues.add(value);
        events.add(value);
    }

    @Override
    public void line(LedgerLine line) {
        lines.add(line);
        events.add(line);
    }

    @Override
    public void balance(LedgerBalance balance) {
        balances.add(balance);
        events.add(balance);
    }

    @Override
    public void problem(LedgerProblem problem) {
        problems.add(problem);
        events.add(problem);
    }

    LedgerFileHeader header() {
        if (headers.size() != 1) {
            throw new AssertionError("expected one header, got " + headers.size());
        }
        return headers.get(0);
    }

    List<LedgerBalance> balances(LedgerBalance.Kind kind) {
        return balances.stream().filter(b -> b.kind() == kind).toList();
    }

    LedgerAccount account(String number) {
        return accounts.stream().filter(a -> a.number().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no account " + number));
    }
}
