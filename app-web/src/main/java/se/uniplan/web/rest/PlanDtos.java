package se.uniplan.web.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import se.uniplan.access.Action;
import se.uniplan.accounting.Account;
import se.uniplan.activity.Activity;
import se.uniplan.audit.AuditEntry;
import se.uniplan.plan.CellChange;
import se.uniplan.plan.CellValue;
import se.uniplan.plan.Plan;
import se.uniplan.plan.PlanComment;
import se.uniplan.plan.ReadOnlyReason;
import se.uniplan.plan.PlanGrid;
import se.uniplan.round.PlanningRound;

/**
 * The JSON shapes of the plan API. The grid is compact on purpose: a department of 60 activities
 * and 40 accounts has 28 800 cells, so a cell is an array {@code [activityId, accountId, period,
 * amount]} and only non-zero cells are sent.
 */
public final class PlanDtos {

    private PlanDtos() {
    }

    public record RoundDto(long id, String label, String kind, String status, String fiscalYear) {
        static RoundDto of(PlanningRound r) {
            return new RoundDto(r.getId(), r.getLabel(), r.getKind().name(), r.getStatus().name(),
                    r.getFiscalYear().getLabel());
        }
    }

    public record DepartmentDto(long id, String code, String name) {
    }

    /**
     * A plan's header.
     *
     * @param stateChangedBy who set the current state (for a locked plan: who locked it)
     * @param stateChangedAt when
     */
    public record PlanDto(long id, long version, String state, RoundDto round, DepartmentDto department,
                          boolean editable, ReadOnlyReason readOnlyReason, List<String> authorities,
                          String stateChangedBy, Instant stateChangedAt) {
        static PlanDto of(Plan p, Set<Action> authorities) {
            ReadOnlyReason reason = p.readOnlyReason(authorities);
            return new PlanDto(p.getId(), p.getVersion(), p.getState().name(), RoundDto.of(p.getRound()),
                    new DepartmentDto(p.getDepartment().getId(), p.getDepartment().getCode(), p.getDepartment().getName()),
                    reason == null, reason,
                    authorities.stream().map(Enum::name).sorted().toList(), p.getStateChangedBy(), p.getStateChangedAt());
        }
    }

    public record ActivityRow(long id, String code, String name) {
        static ActivityRow of(Activity a) {
            return new ActivityRow(a.getId(), a.getCode(), a.getName());
        }
    }

    public record AccountRow(long id, String number, String name, String kind, String accountClass) {
        static AccountRow of(Account a) {
            return new AccountRow(a.getId(), a.getNumber(), a.getName(), a.getKind().name(), a.getAccountClass());
        }
    }

    public record CommentDto(long id, Long activityId, Long accountId, Integer period, String text, String author,
                             Instant writtenAt) {
        static CommentDto of(PlanComment c) {
            return new CommentDto(c.getId(), c.getActivityId(), c.getAccountId(), c.getPeriod(), c.getText(),
                    c.getAuthor(), c.getWrittenAt());
        }
    }

    /**
     * Everything the grid draws.
     *
     * @param cells {@code [activityId, accountId, period, amount]}, non-zero cells only
     */
    public record GridDto(long planId, long version, boolean editable, ReadOnlyReason readOnlyReason,
                          List<ActivityRow> activities, List<AccountRow> accounts, List<long[]> cells,
                          List<CommentDto> comments) {
        static GridDto of(PlanGrid g) {
            return new GridDto(g.plan().getId(), g.plan().getVersion(), g.editable(),
                    g.plan().readOnlyReason(g.authorities()),
                    g.activities().stream().map(ActivityRow::of).toList(),
                    g.accounts().stream().map(AccountRow::of).toList(),
                    nonZero(g.cells()), g.comments().stream().map(CommentDto::of).toList());
        }
    }

    /** Cells as arrays, zeros included: what a write changed, a cleared cell being 0. */
    static List<long[]> asArrays(List<CellValue> values) {
        return values.stream().map(c -> new long[] {c.activityId(), c.accountId(), c.period(), c.amount()}).toList();
    }

    /** The non-zero cells as arrays: what a reader sees. */
    static List<long[]> nonZero(List<CellValue> values) {
        return asArrays(values.stream().filter(c -> c.amount() != 0).toList());
    }

    /**
     * One figure to write.
     *
     * @param expected the amount the writer saw (0 for an empty cell), or null to overwrite
     */
    public record CellChangeDto(long activityId, long accountId, int period, Long expected, long amount) {
        CellChange toChange() {
            return new CellChange(activityId, accountId, period, expected, amount);
        }
    }

    /** A cell's history entry: who, when, old → new, and the path (GRID, UPLOAD, REST, SPREAD, COPY). */
    public record CellHistoryDto(Instant at, String actor, String path, String oldValue, String newValue) {
        static CellHistoryDto of(AuditEntry e) {
            String change = e.getChange();
            return new CellHistoryDto(e.getAt(), e.getActor(), change.startsWith("CELL_") ? change.substring(5) : change,
                    e.getOldValue(), e.getNewValue());
        }
    }

    /** A comment to add: on the plan (no activity), a row (activity and account) or a cell (and period). */
    public record CommentRequest(Long activityId, Long accountId, Integer period, String text) {
    }

    /** A year total to spread over a row's twelve months. */
    public record SpreadRequest(long activityId, long accountId, long total, String kind, BigDecimal[] weights) {
    }

    public record CopyRequest(long sourceRoundId) {
    }

    /** How many figures a copy changed. */
    public record CopyResult(int changed) {
    }
}
