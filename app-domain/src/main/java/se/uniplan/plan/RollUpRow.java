package se.uniplan.plan;

/**
 * One line of a roll-up or an analysis: a unit or an activity with its revenues and costs in
 * kronor, and the same for the rounds it is compared with (null where there is nothing to
 * compare with).
 *
 * @param id    the unit's or activity's id
 * @param code  its code
 * @param name  its name
 * @param plans how many department plans lie under it (1 for an activity)
 * @param lastYearRevenue revenues of the same row in last year's round, or null
 * @param previousForecastRevenue revenues in the previous forecast, or null
 */
public record RollUpRow(long id, String code, String name, int plans, long revenue, long cost,
                        Long lastYearRevenue, Long lastYearCost, Long previousForecastRevenue,
                        Long previousForecastCost) {

    public long result() {
        return revenue - cost;
    }

    public Long lastYearResult() {
        return lastYearRevenue == null ? null : lastYearRevenue - lastYearCost;
    }

    public Long previousForecastResult() {
        return previousForecastRevenue == null ? null : previousForecastRevenue - previousForecastCost;
    }
}
