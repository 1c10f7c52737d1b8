package se.uniplan.web.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.uniplan.followup.FollowUpReport;
import se.uniplan.followup.FollowUpRow;
import se.uniplan.followup.ForecastProposalService;
import se.uniplan.followup.MonthPoint;
import se.uniplan.followup.PathStep;
import se.uniplan.followup.Transaction;
import se.uniplan.followup.TransactionPage;
import se.uniplan.followup.Variance;

/** The JSON shapes of follow-up. Every amount is in öre; revenue and cost are both positive, result = revenue − cost. */
public final class FollowUpDtos {

    private FollowUpDtos() {
    }

    public record FollowUpDto(String fiscalYear, String view, int month, int lastActualMonth, String budgetRound,
                              String forecastRound, List<StepDto> path, String rowKind, String measure, List<RowDto> rows,
                              List<RowDto> totals, List<MonthDto> months, TransactionsDto transactions) {
        static FollowUpDto of(FollowUpReport r) {
            return new FollowUpDto(r.fiscalYear(), r.view().name(), r.month(), r.lastActualMonth(), r.budgetRound(),
                    r.forecastRound(), r.path().stream().map(StepDto::of).toList(),
                    r.childKind() == null ? null : r.childKind().name(), r.measure().name(),
                    r.rows().stream().map(RowDto::of).toList(), r.totals().stream().map(RowDto::of).toList(),
                    r.months().stream().map(MonthDto::of).toList(),
                    r.transactions() == null ? null : TransactionsDto.of(r.transactions()));
        }
    }

    /** A level of the path; {@code activity} 0 is what no activity holds. */
    public record StepDto(String kind, long unit, Long activity, String account, String label, boolean reachable) {
        static StepDto of(PathStep s) {
            return new StepDto(s.kind().name(), s.unitId(), s.activityId(), s.account(), s.label(), s.reachable());
        }
    }

    public record RowDto(String kind, Long id, String code, String name, String measure, long actual, long budget,
                         Long forecast, VarianceDto vsBudget, VarianceDto vsForecast) {
        static RowDto of(FollowUpRow r) {
            return new RowDto(r.kind().name(), r.id(), r.code(), r.name(), r.measure().name(), r.actual(), r.budget(),
                    r.forecast(), VarianceDto.of(r.vsBudget()), VarianceDto.of(r.vsForecast()));
        }
    }

    /** {@code percent} is null when nothing was planned; {@code level} is OK, WARN or ALERT. */
    public record VarianceDto(long amount, BigDecimal percent, String level) {
        static VarianceDto of(Variance v) {
            return v == null ? null : new VarianceDto(v.amount(), v.percent(), v.level().name());
        }
    }

    public record MonthDto(int month, String calendarMonth, Long actual, long budget, Long forecast,
                           Long actualAccumulated, long budgetAccumulated, Long forecastAccumulated) {
        static MonthDto of(MonthPoint p) {
            return new MonthDto(p.month(), p.calendarMonth().toString(), p.actual(), p.budget(), p.forecast(),
                    p.actualAccumulated(), p.budgetAccumulated(), p.forecastAccumulated());
        }
    }

    /** At most 500 transactions; {@code count} and {@code sum} are of all of them. */
    public record TransactionsDto(long count, long sum, boolean truncated, List<TransactionDto> rows) {
        static TransactionsDto of(TransactionPage page) {
            return new TransactionsDto(page.count(), page.sum(), page.truncated(),
                    page.rows().stream().map(TransactionDto::of).toList());
        }
    }

    public record TransactionDto(String voucher, LocalDate date, String text, long amount, String project, String funder,
                                 String counterpart, int period) {
        static TransactionDto of(Transaction t) {
            return new TransactionDto(t.voucher(), t.date(), t.text(), t.amount(), t.project(), t.funder(),
                    t.counterpart(), t.period());
        }
    }

    /** What the forecast proposal did; {@code notPlaced} is öre of actuals on no activity or an unknown account. */
    public record ProposalDto(int changed, int lastActualMonth, String lastActualCalendarMonth, long notPlaced) {
        static ProposalDto of(ForecastProposalService.Result r) {
            return new ProposalDto(r.changed(), r.lastActualMonth(),
                    r.lastActualCalendarMonth() == null ? null : r.lastActualCalendarMonth().toString(), r.notPlaced());
        }
    }
}
