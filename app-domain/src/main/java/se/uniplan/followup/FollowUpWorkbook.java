package se.uniplan.followup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.uniplan.plan.workbook.WorkbookLabels;

/**
 * A follow-up table as an xlsx file: the rows of a level with their totals, the monthly series,
 * or the transactions behind an account. Amounts are numbers in kronor (two decimals where the
 * ledger has öre), so that a controller can go on calculating with them; headings come from the
 * reader's bundle through {@link WorkbookLabels} (keys {@code followup.xlsx.*}).
 *
 * <p>Usage: {@code byte[] file = FollowUpWorkbook.write(report, Table.ROWS, bundle::getString);}
 */
public final class FollowUpWorkbook {

    /** Which of the page's tables to write. */
    public enum Table { ROWS, MONTHS, TRANSACTIONS }

    private FollowUpWorkbook() {
    }

    public static byte[] write(FollowUpReport report, Table table, WorkbookLabels labels) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(labels.text("followup.xlsx.sheet." + table.name())));
            Styles styles = new Styles(book);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(titleOf(report, labels));
            title.getCell(0).setCellStyle(styles.bold);
            int next = switch (table) {
                case ROWS -> rows(sheet, report, labels, styles);
                case MONTHS -> months(sheet, report, labels, styles);
                case TRANSACTIONS -> transactions(sheet, report, labels, styles);
            };
            for (int c = 0; c < next; c++) {
                sheet.autoSizeColumn(c);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int rows(Sheet sheet, FollowUpReport report, WorkbookLabels labels, Styles styles) {
        String[] heads = {"code", "name", "actual", "budget", "varianceBudget", "varianceBudgetPercent", "level",
            "forecast", "varianceForecast"};
        header(sheet, labels, styles, heads);
        int r = 3;
        List<FollowUpRow> rows = report.transactions() != null ? List.of() : report.rows();
        for (FollowUpRow row : rows) {
            write(sheet.createRow(r++), row, nameOf(row, report, labels), labels, styles, false);
        }
        for (FollowUpRow total : report.totals()) {
            write(sheet.createRow(r++), total, labels.text("followup.total." + total.measure().name()), labels, styles, true);
        }
        return heads.length;
    }

    private static void write(Row out, FollowUpRow row, String name, WorkbookLabels labels, Styles styles, boolean bold) {
        out.createCell(0).setCellValue(row.kind() == RowKind.TOTAL || row.code() == null ? "" : row.code());
        out.createCell(1).setCellValue(name == null ? "" : name);
        money(out, 2, row.actual(), styles);
        money(out, 3, row.budget(), styles);
        money(out, 4, row.vsBudget().amount(), styles);
        if (row.vsBudget().percent() != null) {
            out.createCell(5).setCellValue(row.vsBudget().percent().doubleValue());
        }
        out.createCell(6).setCellValue(labels.text("followup.level." + row.vsBudget().level().name()));
        if (row.forecast() != null) {
            money(out, 7, row.forecast(), styles);
            money(out, 8, row.vsForecast().amount(), styles);
        }
        if (bold) {
            out.getCell(1).setCellStyle(styles.bold);
        }
    }

    private static int months(Sheet sheet, FollowUpReport report, WorkbookLabels labels, Styles styles) {
        String[] heads = {"month", "actual", "budget", "forecast", "actualAccumulated", "budgetAccumulated",
            "forecastAccumulated"};
        header(sheet, labels, styles, heads);
        int r = 3;
        for (MonthPoint p : report.months()) {
            Row out = sheet.createRow(r++);
            out.createCell(0).setCellValue(p.calendarMonth().toString());
            if (p.actual() != null) {
                money(out, 1, p.actual(), styles);
                money(out, 4, p.actualAccumulated(), styles);
            }
            money(out, 2, p.budget(), styles);
            money(out, 5, p.budgetAccumulated(), styles);
            if (p.forecast() != null) {
                money(out, 3, p.forecast(), styles);
                money(out, 6, p.forecastAccumulated(), styles);
            }
        }
        return heads.length;
    }

    private static int transactions(Sheet sheet, FollowUpReport report, WorkbookLabels labels, Styles styles) {
        String[] heads = {"voucher", "date", "text", "amount", "project", "funder", "counterpart"};
        header(sheet, labels, styles, heads);
        int r = 3;
        TransactionPage page = report.transactions();
        for (Transaction t : page == null ? List.<Transaction>of() : page.rows()) {
            Row out = sheet.createRow(r++);
            out.createCell(0).setCellValue(t.voucher() == null ? "" : t.voucher());
            out.createCell(1).setCellValue(t.date() == null ? "" : t.date().toString());
            out.createCell(2).setCellValue(t.text() == null ? "" : t.text());
            money(out, 3, t.amount(), styles);
            out.createCell(4).setCellValue(t.project() == null ? "" : t.project());
            out.createCell(5).setCellValue(t.funder() == null ? "" : t.funder());
            out.createCell(6).setCellValue(t.counterpart() == null ? "" : t.counterpart());
        }
        if (page != null) {
            Row sum = sheet.createRow(r + 1);
            sum.createCell(2).setCellValue(labels.text("followup.xlsx.sum") + " (" + page.count() + ")");
            sum.getCell(2).setCellStyle(styles.bold);
            money(sum, 3, page.sum(), styles);
        }
        return heads.length;
    }

    private static void header(Sheet sheet, WorkbookLabels labels, Styles styles, String[] keys) {
        Row row = sheet.createRow(2);
        for (int i = 0; i < keys.length; i++) {
            row.createCell(i).setCellValue(labels.text("followup.xlsx.column." + keys[i]));
            row.getCell(i).setCellStyle(styles.bold);
        }
    }

    private static void money(Row row, int column, long ore, Styles styles) {
        row.createCell(column).setCellValue(ore / 100.0);
        row.getCell(column).setCellStyle(styles.money);
    }

    private static String titleOf(FollowUpReport report, WorkbookLabels labels) {
        StringBuilder title = new StringBuilder();
        for (PathStep step : report.path()) {
            title.append(title.length() == 0 ? "" : " › ")
                    .append(step.label() == null ? labels.text("followup.unassigned.ACTIVITY") : step.label());
        }
        return title + " · " + report.fiscalYear() + " · " + labels.text("followup.view." + report.view().name())
                + (report.view() == PeriodView.FULL_YEAR ? "" : " " + report.month());
    }

    private static String nameOf(FollowUpRow row, FollowUpReport report, WorkbookLabels labels) {
        if (row.kind() == RowKind.UNASSIGNED) {
            return labels.text("followup.unassigned." + report.childKind().name());
        }
        return row.name();
    }

    private static final class Styles {
        final CellStyle bold;
        final CellStyle money;

        Styles(XSSFWorkbook book) {
            Font font = book.createFont();
            font.setBold(true);
            bold = book.createCellStyle();
            bold.setFont(font);
            money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
        }
    }
}
