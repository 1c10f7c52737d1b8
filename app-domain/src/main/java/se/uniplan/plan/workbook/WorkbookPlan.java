package se.uniplan.plan.workbook;

import java.util.Comparator;
import java.util.List;
import se.uniplan.plan.CellValue;
import se.uniplan.plan.PlanGrid;
import se.uniplan.plan.PlanState;

/**
 * What a workbook is made from and checked against: the plan, its rows' activities and accounts
 * (active ones, and inactive ones that still hold figures) and its figures. Plain values, so that
 * the writer and the reader are tested without a database.
 */
public record WorkbookPlan(long planId, long version, String departmentCode, String departmentName,
                           String roundLabel, PlanState state, List<Line> activities, List<Line> accounts,
                           List<CellValue> cells) {

    /** An activity (code, name) or an account (number, name). */
    public record Line(long id, String code, String name, boolean active) {
    }

    public WorkbookPlan {
        activities = activities.stream().sorted(Comparator.comparing(Line::code)).toList();
        accounts = accounts.stream().sorted(Comparator.comparing(Line::code)).toList();
        cells = List.copyOf(cells);
    }

    static WorkbookPlan of(PlanGrid grid) {
        var plan = grid.plan();
        return new WorkbookPlan(plan.getId(), plan.getVersion(), plan.getDepartment().getCode(),
                plan.getDepartment().getName(), plan.getRound().getLabel(), plan.getState(),
                grid.activities().stream().map(a -> new Line(a.getId(), a.getCode(), a.getName(), a.isActive())).toList(),
                grid.accounts().stream().map(a -> new Line(a.getId(), a.getNumber(), a.getName(), a.isActive())).toList(),
                grid.cells());
    }

    /** The file name users get: round and department, such as {@code Budget 2027 HS-HIS.xlsx}. */
    public String fileName() {
        return (roundLabel + " " + departmentCode).replaceAll("[\\\\/:*?\"<>|]", "-") + ".xlsx";
    }

    /** A key for the figure of an activity and account in a month. */
    static String key(long activityId, long accountId) {
        return activityId + "/" + accountId;
    }
}
