package se.uniplan.round;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which round of a fiscal year counts as "the budget" and which as "the forecast" when actuals
 * are followed up. The budget is the year's budget round the university approved, else the
 * closed one, else the newest; the forecast is the newest forecast round of the year.
 */
public final class RoundChoice {

    private RoundChoice() {
    }

    /** The budget among the rounds of one fiscal year. */
    public static Optional<PlanningRound> budget(Collection<PlanningRound> roundsOfYear) {
        Comparator<PlanningRound> preference = Comparator
                .comparing((PlanningRound r) -> r.getFinalApprovedAt() != null)
                .thenComparing(r -> r.getStatus() == RoundStatus.CLOSED)
                .thenComparing(PlanningRound::getCreatedAt);
        return roundsOfYear.stream().filter(r -> r.getKind() == RoundKind.BUDGET).max(preference);
    }

    /** The newest forecast among the rounds of one fiscal year. */
    public static Optional<PlanningRound> forecast(Collection<PlanningRound> roundsOfYear) {
        return roundsOfYear.stream().filter(r -> r.getKind() == RoundKind.FORECAST)
                .max(Comparator.comparing(PlanningRound::getCreatedAt));
    }
}
