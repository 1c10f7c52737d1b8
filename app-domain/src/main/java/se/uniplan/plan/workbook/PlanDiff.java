package se.uniplan.plan.workbook;

import static se.uniplan.plan.workbook.WorkbookLayout.ACCOUNT_COL;
import static se.uniplan.plan.workbook.WorkbookLayout.ACTIVITY_COL;
import static se.uniplan.plan.workbook.WorkbookLayout.FIRST_MONTH_COL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.uniplan.plan.CellValue;

/**
 * Compares a read upload with the plan's figures now. A figure counts as changed when the file
 * differs from what was downloaded (the hidden sheet; without it, from the figure now). When a
 * figure the user changed has also been changed in UniPlan since the download, the file is
 * refused for that cell rather than overwriting somebody's work; a figure the user left alone is
 * never written back. A row missing from the file changes nothing.
 */
final class PlanDiff {

    private PlanDiff() {
    }

    static UploadPreview preview(WorkbookPlan plan, ParsedUpload upload) {
        Problems problems = upload.problems();
        Map<String, long[]> now = figures(plan.cells());
        List<UploadChange> changes = new ArrayList<>();
        int keptNewer = 0;
        for (ParsedUpload.Row row : upload.rows()) {
            String key = WorkbookPlan.key(row.activity().id(), row.account().id());
            long[] current = now.getOrDefault(key, new long[12]);
            long[] downloaded = upload.base() == null ? current : upload.base().getOrDefault(key, new long[12]);
            List<UploadChange> rowChanges = new ArrayList<>();
            for (int month = 1; month <= 12; month++) {
                long inFile = row.amounts()[month - 1];
                long was = downloaded[month - 1];
                long is = current[month - 1];
                if (inFile == was) {
                    keptNewer += is != was ? 1 : 0;
                } else if (is != was) {
                    problems.at(upload.sheet(), row.row() - 1, FIRST_MONTH_COL + month - 1, "error.xlsx.changedSinceDownload",
                            was, is, inFile);
                } else {
                    rowChanges.add(new UploadChange(row.row(), row.activity().id(), row.activity().code(), row.activity().name(),
                            row.account().id(), row.account().code(), row.account().name(), month, is, inFile));
                }
            }
            if (!rowChanges.isEmpty() && !row.activity().active()) {
                problems.at(upload.sheet(), row.row() - 1, ACTIVITY_COL, "error.xlsx.inactiveActivity", row.activity().code());
            } else if (!rowChanges.isEmpty() && !row.account().active()) {
                problems.at(upload.sheet(), row.row() - 1, ACCOUNT_COL, "error.xlsx.inactiveAccount", row.account().code());
            } else {
                changes.addAll(rowChanges);
            }
        }
        if (problems.any()) {
            return new UploadPreview(upload.fileName(), upload.sheet(), upload.rows().size(), List.of(), problems.listed(),
                    problems.more(), keptNewer);
        }
        return new UploadPreview(upload.fileName(), upload.sheet(), upload.rows().size(), changes, List.of(), 0, keptNewer);
    }

    private static Map<String, long[]> figures(List<CellValue> cells) {
        Map<String, long[]> figures = new HashMap<>();
        for (CellValue cell : cells) {
            figures.computeIfAbsent(WorkbookPlan.key(cell.activityId(), cell.accountId()), k -> new long[12])[cell.period() - 1]
                    = cell.amount();
        }
        return figures;
    }
}
