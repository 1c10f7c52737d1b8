package se.uniplan.plan.workbook;

import static se.uniplan.plan.workbook.WorkbookLayout.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.uniplan.plan.CellValue;
import se.uniplan.plan.workbook.WorkbookPlan.Line;

/**
 * Writes a plan as one sheet: a header block that names the plan (round, department, state,
 * when it was downloaded, the plan's version), then one row per activity and account with the
 * twelve months and a year total as a formula. Amounts use the format {@code #,##0}, which Excel
 * shows with the reader's own thousands separator (a space in Swedish Excel).
 */
final class WorkbookWriter {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SWEDEN);

    private WorkbookWriter() {
    }

    static byte[] write(WorkbookPlan plan, Instant exportedAt, WorkbookLabels labels) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(plan.departmentCode()));
            header(sheet, plan, exportedAt, labels, styles);
            int last = rows(sheet, plan, styles);
            sheet.createFreezePane(FIRST_MONTH_COL, FIRST_DATA_ROW);
            if (last >= FIRST_DATA_ROW) {
                sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, last, ACTIVITY_COL, TOTAL_COL));
            }
            sheet.setColumnWidth(ACTIVITY_COL, 14 * 256);
            sheet.setColumnWidth(ACTIVITY_NAME_COL, 36 * 256);
            sheet.setColumnWidth(ACCOUNT_COL, 9 * 256);
            sheet.setColumnWidth(ACCOUNT_NAME_COL, 36 * 256);
            for (int c = FIRST_MONTH_COL; c < TOTAL_COL; c++) {
                sheet.setColumnWidth(c, 12 * 256);
            }
            sheet.setColumnWidth(TOTAL_COL, 14 * 256);
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitHeight((short) 0);
            keys(wb, plan, exportedAt);
            // cached totals for viewers that do not calculate, and a recalculation when Excel opens it
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.setForceFormulaRecalculation(true);
            wb.setActiveSheet(0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, WorkbookPlan plan, Instant exportedAt, WorkbookLabels labels, Styles styles) {
        text(sheet.createRow(TITLE_ROW), ACTIVITY_COL, plan.roundLabel() + " – " + plan.departmentCode() + " "
                + plan.departmentName(), styles.title);
        labelled(sheet, ROUND_ROW, labels.text("xlsx.header.round"), plan.roundLabel(), styles);
        Row department = labelled(sheet, DEPARTMENT_ROW, labels.text("xlsx.header.department"), plan.departmentCode(), styles);
        text(department, VALUE_COL + 1, plan.departmentName(), null);
        labelled(sheet, STATE_ROW, labels.text("xlsx.header.state"), labels.text("PlanState." + plan.state().name()), styles);
        labelled(sheet, EXPORTED_ROW, labels.text("xlsx.header.exportedAt"), SHOWN.format(exportedAt), styles);
        Row version = labelled(sheet, VERSION_ROW, labels.text("xlsx.header.version"), null, styles);
        version.createCell(VALUE_COL).setCellValue(plan.version());
        version.getCell(VALUE_COL).setCellStyle(styles.left);
        text(sheet.createRow(NOTE_ROW), ACTIVITY_COL, labels.text("xlsx.header.note"), styles.note);
        Row headings = sheet.createRow(HEADER_ROW);
        text(headings, ACTIVITY_COL, labels.text("xlsx.column.activity"), styles.heading);
        text(headings, ACTIVITY_NAME_COL, labels.text("xlsx.column.activityName"), styles.heading);
        text(headings, ACCOUNT_COL, labels.text("xlsx.column.account"), styles.heading);
        text(headings, ACCOUNT_NAME_COL, labels.text("xlsx.column.accountName"), styles.heading);
        for (int month = 1; month <= 12; month++) {
            text(headings, FIRST_MONTH_COL + month - 1, labels.text("xlsx.month." + month), styles.headingRight);
        }
        text(headings, TOTAL_COL, labels.text("xlsx.column.total"), styles.headingRight);
    }

    /** One row per activity × account, activities grouped; returns the last row's index. */
    private static int rows(Sheet sheet, WorkbookPlan plan, Styles styles) {
        Map<String, long[]> figures = figures(plan);
        int r = FIRST_DATA_ROW;
        for (Line activity : plan.activities()) {
            for (Line account : plan.accounts()) {
                long[] months = figures.get(WorkbookPlan.key(activity.id(), account.id()));
                if ((!activity.active() || !account.active()) && months == null) {
                    continue;
                }
                Row row = sheet.createRow(r);
                text(row, ACTIVITY_COL, activity.code(), styles.code);
                text(row, ACTIVITY_NAME_COL, activity.name(), null);
                text(row, ACCOUNT_COL, account.code(), styles.code);
                text(row, ACCOUNT_NAME_COL, account.name(), null);
                for (int month = 1; month <= 12; month++) {
                    Cell cell = row.createCell(FIRST_MONTH_COL + month - 1);
                    cell.setCellValue(months == null ? 0 : months[month - 1]);
                    cell.setCellStyle(styles.amount);
                }
                Cell total = row.createCell(TOTAL_COL);
                total.setCellFormula("SUM(" + letter(FIRST_MONTH_COL) + (r + 1) + ":" + letter(TOTAL_COL - 1) + (r + 1) + ")");
                total.setCellStyle(styles.total);
                r++;
            }
        }
        return r - 1;
    }

    /** The very hidden sheet: the plan's id and, per row with figures, the amounts as downloaded. */
    private static void keys(XSSFWorkbook wb, WorkbookPlan plan, Instant exportedAt) {
        Sheet keys = wb.createSheet(KEY_SHEET);
        Row first = keys.createRow(0);
        first.createCell(0).setCellValue(MARKER);
        first.createCell(1).setCellValue(plan.planId());
        first.createCell(2).setCellValue(plan.departmentCode());
        first.createCell(3).setCellValue(plan.roundLabel());
        first.createCell(4).setCellValue(exportedAt.toString());
        Map<Long, String> activityCodes = new HashMap<>();
        plan.activities().forEach(a -> activityCodes.put(a.id(), a.code()));
        Map<Long, String> accountNumbers = new HashMap<>();
        plan.accounts().forEach(a -> accountNumbers.put(a.id(), a.code()));
        int r = 1;
        for (Map.Entry<String, long[]> entry : figures(plan).entrySet()) {
            String[] ids = entry.getKey().split("/");
            Row row = keys.createRow(r++);
            row.createCell(0).setCellValue(activityCodes.get(Long.valueOf(ids[0])));
            row.createCell(1).setCellValue(accountNumbers.get(Long.valueOf(ids[1])));
            for (int month = 1; month <= 12; month++) {
                row.createCell(1 + month).setCellValue(entry.getValue()[month - 1]);
            }
        }
        wb.setSheetVisibility(wb.getSheetIndex(keys), SheetVisibility.VERY_HIDDEN);
    }

    private static Map<String, long[]> figures(WorkbookPlan plan) {
        Map<String, long[]> figures = new HashMap<>();
        for (CellValue cell : plan.cells()) {
            figures.computeIfAbsent(WorkbookPlan.key(cell.activityId(), cell.accountId()), k -> new long[12])[cell.period() - 1]
                    = cell.amount();
        }
        return figures;
    }

    private static Row labelled(Sheet sheet, int r, String label, String value, Styles styles) {
        Row row = sheet.createRow(r);
        text(row, LABEL_COL, label, styles.label);
        if (value != null) {
            text(row, VALUE_COL, value, styles.left);
        }
        return row;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** The workbook's few cell styles, made once. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle label;
        final CellStyle left;
        final CellStyle note;
        final CellStyle heading;
        final CellStyle headingRight;
        final CellStyle code;
        final CellStyle amount;
        final CellStyle total;

        Styles(XSSFWorkbook wb) {
            short thousands = wb.createDataFormat().getFormat("#,##0");
            short textFormat = wb.createDataFormat().getFormat("@");
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font italic = wb.createFont();
            italic.setItalic(true);
            title = wb.createCellStyle();
            title.setFont(big);
            label = wb.createCellStyle();
            label.setFont(bold);
            left = wb.createCellStyle();
            left.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
            note = wb.createCellStyle();
            note.setFont(italic);
            heading = wb.createCellStyle();
            heading.setFont(bold);
            heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            heading.setBorderBottom(BorderStyle.THIN);
            headingRight = wb.createCellStyle();
            headingRight.cloneStyleFrom(heading);
            headingRight.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
            code = wb.createCellStyle();
            code.setDataFormat(textFormat);
            amount = wb.createCellStyle();
            amount.setDataFormat(thousands);
            total = wb.createCellStyle();
            total.setDataFormat(thousands);
            total.setFont(bold);
        }
    }
}
