package se.uniplan.plan.workbook;

import java.util.List;
import java.util.Map;
import se.uniplan.plan.workbook.WorkbookPlan.Line;

/**
 * An uploaded file as read: its data rows with activity and account found, the figures as they
 * were downloaded (from the hidden sheet; null if the file has none), and what was wrong.
 *
 * @param base figures as downloaded by {@link WorkbookPlan#key activity/account ids}, or null
 */
record ParsedUpload(String fileName, String sheet, List<Row> rows, Map<String, long[]> base, Problems problems) {

    /**
     * A data row whose activity and account are known and whose twelve amounts all read.
     *
     * @param row the row number as Excel shows it
     */
    record Row(int row, Line activity, Line account, long[] amounts) {
    }
}
