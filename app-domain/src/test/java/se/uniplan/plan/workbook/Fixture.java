package se.uniplan.plan.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.uniplan.plan.CellValue;
import se.uniplan.plan.PlanState;
import se.uniplan.plan.workbook.WorkbookPlan.Line;

/** A small plan of a history department, its download, and changes made to it "in Excel" with POI. */
final class Fixture {

    static final long EDUCATION = 1014;
    static final long RESEARCH = 1015;
    static final long CLOSED_PROJECT = 1099;
    static final long GRANT = 2000;
    static final long SALARIES = 2008;
    static final long RENT = 2012;
    static final long OLD_ACCOUNT = 2099;

    static final WorkbookLabels LABELS = key -> key;

    private Fixture() {
    }

    static WorkbookPlan plan(CellValue... extra) {
        List<CellValue> cells = new ArrayList<>(List.of(
                new CellValue(EDUCATION, GRANT, 1, 100_000), new CellValue(EDUCATION, GRANT, 2, 100_000),
                new CellValue(EDUCATION, SALARIES, 1, 60_000), new CellValue(RESEARCH, RENT, 12, 8_000),
                new CellValue(CLOSED_PROJECT, SALARIES, 3, 5_000)));
        cells.addAll(List.of(extra));
        return new WorkbookPlan(7114, 3, "HS-HIS", "Avdelningen för historia", "Budget 2027", PlanState.DRAFT,
                List.of(new Line(EDUCATION, "HS-HIS-10", "Grundutbildning historia", true),
                        new Line(RESEARCH, "HS-HIS-30", "Forskning nordisk historia", true),
                        new Line(CLOSED_PROJECT, "HS-HIS-77", "Avslutat projekt", false)),
                List.of(new Line(GRANT, "3011", "Anslag utbildning", true), new Line(SALARIES, "4011", "Löner", true),
                        new Line(RENT, "5011", "Lokalhyror", true), new Line(OLD_ACCOUNT, "4999", "Gammalt konto", false)),
                cells);
    }

    static byte[] download(WorkbookPlan plan) {
        return WorkbookWriter.write(plan, Instant.parse("2026-11-20T09:15:00Z"), LABELS);
    }

    /** Opens a download, lets the test change it as a person in Excel would, and saves it (formulas calculated). */
    static byte[] edited(byte[] file, Consumer<XSSFWorkbook> edit) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(wb);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The zero-based row index of an activity and account in the data sheet. */
    static int rowOf(XSSFWorkbook wb, String activityCode, String accountNumber) {
        var sheet = wb.getSheetAt(0);
        for (int r = WorkbookLayout.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            var row = sheet.getRow(r);
            if (activityCode.equals(row.getCell(0).getStringCellValue()) && accountNumber.equals(row.getCell(2).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError(activityCode + " " + accountNumber + " not in the sheet");
    }

    /** The cell of a month (1-12) on an activity and account's row. */
    static org.apache.poi.ss.usermodel.Cell month(XSSFWorkbook wb, String activityCode, String accountNumber, int month) {
        var row = wb.getSheetAt(0).getRow(rowOf(wb, activityCode, accountNumber));
        return row.getCell(WorkbookLayout.FIRST_MONTH_COL + month - 1);
    }

    static UploadPreview upload(WorkbookPlan plan, String fileName, byte[] file) {
        return PlanDiff.preview(plan, WorkbookReader.read(fileName, file, plan));
    }
}
