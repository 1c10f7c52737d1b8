package se.uniplan.ledger;

import jakarta.ejb.ApplicationException;
import java.util.List;
import se.uniplan.plugin.api.ledger.LedgerProblem;

/**
 * A file that breaks the rules beyond the tolerance: the load's transaction rolls back, and the
 * outcome and problems are recorded in a transaction of their own.
 */
@ApplicationException(rollback = true)
public class LoadRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient LoadOutcome outcome;
    private final transient List<LedgerProblem> problems;

    LoadRefusedException(LoadOutcome outcome, List<LedgerProblem> problems) {
        super(outcome.messageKey());
        this.outcome = outcome;
        this.problems = problems;
    }

    LoadOutcome outcome() {
        return outcome;
    }

    List<LedgerProblem> problems() {
        return problems;
    }
}
