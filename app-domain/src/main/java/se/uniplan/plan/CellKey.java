package se.uniplan.plan;

import se.uniplan.shared.RuleViolationException;

/**
 * Where a figure sits: plan, activity, account and period (month 1-12 of the fiscal year).
 */
public record CellKey(long planId, long activityId, long accountId, int period) {

    public static final int PERIODS = 12;

    public CellKey {
        if (period < 1 || period > PERIODS) {
            throw new RuleViolationException("error.plan.periodOutOfRange", period);
        }
    }
}
