package se.uniplan.plan.workbook;

/**
 * The texts a downloaded workbook shows (column headings, month names, the plan's state), looked
 * up by key in the reader's language. The web layer passes its resource bundle; the domain holds
 * no user-facing text.
 */
@FunctionalInterface
public interface WorkbookLabels {

    /** The text of {@code key}, for example {@code xlsx.column.account} or {@code PlanState.DRAFT}. */
    String text(String key);
}
