package se.uniplan.followup;

/**
 * What a row's figures mean, which decides which way a variance is bad: revenue under budget,
 * cost over budget, and a result under budget are bad. All three are shown as users expect them:
 * revenue positive, cost positive, result = revenue − cost.
 */
public enum Measure {
    REVENUE,
    COST,
    RESULT;

    /** This measure's value of a revenue/cost pair. */
    public long of(Split split) {
        return switch (this) {
            case REVENUE -> split.revenue();
            case COST -> split.cost();
            case RESULT -> split.result();
        };
    }

    /** +1 if a higher figure than planned is good, −1 if it is bad. */
    int goodDirection() {
        return this == COST ? -1 : 1;
    }
}
