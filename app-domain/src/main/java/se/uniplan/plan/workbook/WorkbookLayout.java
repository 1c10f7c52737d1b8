package se.uniplan.plan.workbook;

/**
 * Where things sit in a UniPlan workbook; the writer and the reader share it. Rows and columns
 * are zero-based here; Excel shows row {@code r + 1} and column {@link #letter}.
 */
final class WorkbookLayout {

    static final int TITLE_ROW = 0;
    static final int ROUND_ROW = 1;
    static final int DEPARTMENT_ROW = 2;
    static final int STATE_ROW = 3;
    static final int EXPORTED_ROW = 4;
    static final int VERSION_ROW = 5;
    static final int NOTE_ROW = 6;
    static final int HEADER_ROW = 7;
    static final int FIRST_DATA_ROW = 8;

    static final int LABEL_COL = 0;
    static final int VALUE_COL = 1;

    static final int ACTIVITY_COL = 0;
    static final int ACTIVITY_NAME_COL = 1;
    static final int ACCOUNT_COL = 2;
    static final int ACCOUNT_NAME_COL = 3;
    static final int FIRST_MONTH_COL = 4;
    static final int TOTAL_COL = FIRST_MONTH_COL + 12;

    /** The very hidden sheet with the plan's id and the figures as downloaded. */
    static final String KEY_SHEET = "uniplan";
    static final String MARKER = "UniPlan plan xlsx 1";

    /** More rows than a plan can have (activities × accounts): the file is not a plan. */
    static final int MAX_DATA_ROWS = 20_000;

    private WorkbookLayout() {
    }

    /** The column's letter as Excel shows it: 0 → A, 4 → E. */
    static String letter(int column) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(column);
    }

    /** The month (1-12) in column {@code column}. */
    static int period(int column) {
        return column - FIRST_MONTH_COL + 1;
    }
}
