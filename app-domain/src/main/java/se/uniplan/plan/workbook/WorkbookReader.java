package se.uniplan.plan.workbook;

import static se.uniplan.plan.workbook.WorkbookLayout.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.uniplan.plan.workbook.WorkbookPlan.Line;

/**
 * Reads an uploaded workbook against the plan it claims to be: it must be an xlsx file whose
 * first sheet carries the header of a UniPlan download of this plan (department code and round),
 * every data row must name an activity of the department and an account of the chart, once
 * only, and every month must hold whole kronor. Every error is collected, each with its row and
 * column as Excel shows them; the reader never stops at the first.
 */
final class WorkbookReader {

    private WorkbookReader() {
    }

    static ParsedUpload read(String fileName, byte[] content, WorkbookPlan plan) {
        Problems problems = new Problems(fileName);
        if (content == null || content.length == 0) {
            problems.file("error.xlsx.empty");
            return new ParsedUpload(fileName, null, List.of(), null, problems);
        }
        XSSFWorkbook wb;
        try {
            wb = new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            // not a zip, not Office XML, an old .xls, an encrypted file, a broken part: all "not xlsx"
            problems.file("error.xlsx.notXlsx");
            return new ParsedUpload(fileName, null, List.of(), null, problems);
        }
        try (wb) {
            Sheet sheet = firstVisible(wb);
            if (sheet == null) {
                problems.file("error.xlsx.notExport", plan.roundLabel(), plan.departmentCode());
                return new ParsedUpload(fileName, null, List.of(), null, problems);
            }
            String name = sheet.getSheetName();
            if (!header(sheet, plan, problems)) {
                return new ParsedUpload(fileName, name, List.of(), null, problems);
            }
            Map<String, Line> activities = byCode(plan.activities());
            Map<String, Line> accounts = byCode(plan.accounts());
            Map<String, long[]> base = base(wb.getSheet(KEY_SHEET), plan, activities, accounts, name, problems);
            if (problems.any()) {
                return new ParsedUpload(fileName, name, List.of(), null, problems);
            }
            List<ParsedUpload.Row> rows = rows(sheet, plan, activities, accounts, problems);
            return new ParsedUpload(fileName, name, rows, base, problems);
        } catch (IOException | RuntimeException e) {
            problems.file("error.xlsx.notXlsx");
            return new ParsedUpload(fileName, null, List.of(), null, problems);
        }
    }

    private static Sheet firstVisible(XSSFWorkbook wb) {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (wb.getSheetVisibility(i) == SheetVisibility.VISIBLE && !KEY_SHEET.equals(wb.getSheetName(i))) {
                return wb.getSheetAt(i);
            }
        }
        return null;
    }

    /** True if the sheet's header names this plan's round and department. */
    private static boolean header(Sheet sheet, WorkbookPlan plan, Problems problems) {
        String round = text(cell(sheet, ROUND_ROW, VALUE_COL));
        String department = text(cell(sheet, DEPARTMENT_ROW, VALUE_COL));
        if (round.isEmpty() || department.isEmpty()) {
            problems.at(sheet.getSheetName(), round.isEmpty() ? ROUND_ROW : DEPARTMENT_ROW, VALUE_COL,
                    "error.xlsx.notExport", plan.roundLabel(), plan.departmentCode());
            return false;
        }
        if (!round.equals(plan.roundLabel()) || !department.equalsIgnoreCase(plan.departmentCode())) {
            problems.at(sheet.getSheetName(), department.equalsIgnoreCase(plan.departmentCode()) ? ROUND_ROW : DEPARTMENT_ROW,
                    VALUE_COL, "error.xlsx.wrongPlan", round, department, plan.roundLabel(), plan.departmentCode());
            return false;
        }
        return true;
    }

    /** The figures as downloaded, from the hidden sheet; null when the file has none. */
    private static Map<String, long[]> base(Sheet keys, WorkbookPlan plan, Map<String, Line> activities,
                                            Map<String, Line> accounts, String sheetName, Problems problems) {
        if (keys == null || keys.getRow(0) == null || !MARKER.equals(text(keys.getRow(0).getCell(0)))) {
            return null;
        }
        if (!String.valueOf(plan.planId()).equals(text(keys.getRow(0).getCell(1)))) {
            problems.at(sheetName, DEPARTMENT_ROW, VALUE_COL, "error.xlsx.wrongPlan", plan.roundLabel(),
                    plan.departmentCode(), plan.roundLabel(), plan.departmentCode());
            return null;
        }
        Map<String, long[]> base = new HashMap<>();
        for (int r = 1; r <= keys.getLastRowNum(); r++) {
            Row row = keys.getRow(r);
            Line activity = row == null ? null : activities.get(code(row.getCell(0)));
            Line account = row == null ? null : accounts.get(code(row.getCell(1)));
            if (activity != null && account != null) {
                long[] amounts = new long[12];
                for (int month = 1; month <= 12; month++) {
                    Amounts.Reading reading = Amounts.read(row.getCell(1 + month));
                    amounts[month - 1] = reading.ok() ? reading.amount() : 0;
                }
                base.put(WorkbookPlan.key(activity.id(), account.id()), amounts);
            }
        }
        return base;
    }

    private static List<ParsedUpload.Row> rows(Sheet sheet, WorkbookPlan plan, Map<String, Line> activities,
                                               Map<String, Line> accounts, Problems problems) {
        String name = sheet.getSheetName();
        List<ParsedUpload.Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int read = 0;
        for (int r = FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (blank(row)) {
                continue;
            }
            if (++read > MAX_DATA_ROWS) {
                problems.at(name, r, -1, "error.xlsx.tooManyRows", MAX_DATA_ROWS);
                break;
            }
            String activityCode = text(row.getCell(ACTIVITY_COL));
            String accountNumber = text(row.getCell(ACCOUNT_COL));
            Line activity = activities.get(code(row.getCell(ACTIVITY_COL)));
            Line account = accounts.get(code(row.getCell(ACCOUNT_COL)));
            if (activityCode.isEmpty()) {
                problems.at(name, r, ACTIVITY_COL, "error.xlsx.missingActivity");
            } else if (activity == null) {
                problems.at(name, r, ACTIVITY_COL, "error.xlsx.unknownActivity", activityCode, plan.departmentCode());
            }
            if (accountNumber.isEmpty()) {
                problems.at(name, r, ACCOUNT_COL, "error.xlsx.missingAccount");
            } else if (account == null) {
                problems.at(name, r, ACCOUNT_COL, "error.xlsx.unknownAccount", accountNumber);
            }
            long[] amounts = new long[12];
            boolean amountsRead = true;
            for (int month = 1; month <= 12; month++) {
                int column = FIRST_MONTH_COL + month - 1;
                Amounts.Reading reading = Amounts.read(row.getCell(column));
                if (reading.ok()) {
                    amounts[month - 1] = reading.amount();
                } else {
                    amountsRead = false;
                    problems.at(name, r, column, reading.errorKey(), reading.shown());
                }
            }
            if (activity == null || account == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(WorkbookPlan.key(activity.id(), account.id()), r + 1);
            if (first != null) {
                problems.at(name, r, -1, "error.xlsx.duplicateRow", activity.code(), account.code(), first);
            } else if (amountsRead) {
                rows.add(new ParsedUpload.Row(r + 1, activity, account, amounts));
            }
        }
        return rows;
    }

    private static boolean blank(Row row) {
        if (row == null) {
            return true;
        }
        for (int c = ACTIVITY_COL; c < TOTAL_COL; c++) {
            if (!text(row.getCell(c)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Line> byCode(List<Line> lines) {
        return lines.stream().collect(Collectors.toMap(l -> l.code().toUpperCase(Locale.ROOT), Function.identity(), (a, b) -> a));
    }

    private static String code(Cell cell) {
        return text(cell).toUpperCase(Locale.ROOT);
    }

    private static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(column);
    }

    /** A cell as text: a code typed as a number (3011) reads as "3011". */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case ERROR -> "#";
            default -> "";
        };
    }
}
