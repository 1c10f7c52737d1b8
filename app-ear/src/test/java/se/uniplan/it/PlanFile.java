package se.uniplan.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A downloaded plan opened as a person opens it in Excel: find a row by activity and account,
 * read or change a month, save. Written here with POI, independently of UniPlan's own reader.
 */
public final class PlanFile {

    /** Excel's row 9 is the first data row; column E is January. */
    private static final int FIRST_DATA_ROW = 8;
    private static final int JANUARY = 4;

    private final XSSFWorkbook workbook;

    public PlanFile(byte[] xlsx) {
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Sheet sheet() {
        return workbook.getSheetAt(0);
    }

    /** The row number as Excel shows it (1-based) of an activity and account. */
    public int excelRow(String activity, String account) {
        for (int r = FIRST_DATA_ROW; r <= sheet().getLastRowNum(); r++) {
            Row row = sheet().getRow(r);
            if (row != null && activity.equals(row.getCell(0).getStringCellValue())
                    && account.equals(row.getCell(2).getStringCellValue())) {
                return r + 1;
            }
        }
        throw new AssertionError(activity + " / " + account + " is not in the file");
    }

    public long month(String activity, String account, int month) {
        return (long) cell(activity, account, month).getNumericCellValue();
    }

    public PlanFile set(String activity, String account, int month, long amount) {
        cell(activity, account, month).setCellValue(amount);
        return this;
    }

    /** Types text into a month, as a person typing "12 345" into a text-formatted cell. */
    public PlanFile setText(String activity, String account, int month, String text) {
        cell(activity, account, month).setCellValue(text);
        return this;
    }

    public PlanFile setAccount(String activity, String account, String newAccount) {
        sheet().getRow(excelRow(activity, account) - 1).getCell(2).setCellValue(newAccount);
        return this;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Cell cell(String activity, String account, int month) {
        return sheet().getRow(excelRow(activity, account) - 1).getCell(JANUARY + month - 1);
    }
}
