package se.uniplan.plan;

import java.util.List;
import java.util.Set;
import se.uniplan.access.Action;
import se.uniplan.accounting.Account;
import se.uniplan.activity.Activity;

/**
 * Everything the plan entry grid shows: the plan, its rows (activities × accounts), its non-zero
 * figures, its comments and what the reader may do with it.
 *
 * @param editable true if the reader may change figures now: a draft, an open round and the
 *                 authority to edit
 */
public record PlanGrid(Plan plan, List<Activity> activities, List<Account> accounts, List<CellValue> cells,
                       List<PlanComment> comments, Set<Action> authorities, boolean editable) {
}
