package se.uniplan.ledger;

import java.util.ArrayList;
import java.util.List;
import se.uniplan.plugin.api.ledger.LedgerProblem;

/**
 * A load's problems in file order. Keeps the first {@code limit} for the report and counts all,
 * so a file with a million bad lines neither fills the heap nor hides how bad it is.
 */
public final class ProblemLog {

    private final int limit;
    private final List<LedgerProblem> kept = new ArrayList<>();
    private long count;

    public ProblemLog(int limit) {
        this.limit = limit;
    }

    public void add(LedgerProblem problem) {
        count++;
        if (kept.size() < limit) {
            kept.add(problem);
        }
    }

    public long count() {
        return count;
    }

    public List<LedgerProblem> kept() {
        return List.copyOf(kept);
    }
}
