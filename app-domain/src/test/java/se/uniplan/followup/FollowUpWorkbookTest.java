package se.uniplan.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The exported tables hold the page's figures as numbers in kronor, under headings in the reader's language. */
class FollowUpWorkbookTest {

    private static final Variance V = new Variance(-12_345, new BigDecimal("-12.3"), Level.ALERT);
    private static final FollowUpRow ROW = new FollowUpRow(RowKind.ACTIVITY, 1L, "HS-HIS-10", "Grundutbildning", Measure.RESULT,
            100_050, 112_395, null, V, null);
    private static final FollowUpRow UNASSIGNED = new FollowUpRow(RowKind.UNASSIGNED, 0L, null, null, Measure.RESULT,
            -500, 0, null, new Variance(-500, null, Level.WARN), null);
    private static final List<FollowUpRow> TOTALS = List.of(
            new FollowUpRow(RowKind.TOTAL, null, "REVENUE", null, Measure.REVENUE, 1, 1, null, V, null),
            new FollowUpRow(RowKind.TOTAL, null, "COST", null, Measure.COST, 1, 1, null, V, null),
            new FollowUpRow(RowKind.TOTAL, null, "RESULT", null, Measure.RESULT, 99_550, 1, null, V, null));

    private static FollowUpReport report(TransactionPage transactions) {
        return new FollowUpReport("2026", PeriodView.YEAR_TO_DATE, 10, 10,
                List.of(new PathStep(RowKind.UNIT, 104, null, null, "Avdelningen för historia", true)), RowKind.ACTIVITY,
                Measure.RESULT, List.of(ROW, UNASSIGNED), TOTALS,
                List.of(new MonthPoint(1, YearMonth.of(2026, 1), 10_000L, 9_000, null, 10_000L, 9_000, null)), "Budget 2026",
                null, transactions);
    }

    private static Sheet read(byte[] file) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(file)).getSheetAt(0);
    }

    @Test
    void theRowsWithTheirTotalsAndUnassignedNamed() throws IOException {
        Sheet sheet = read(FollowUpWorkbook.write(report(null), FollowUpWorkbook.Table.ROWS, key -> "[" + key + "]"));
        assertEquals("Avdelningen för historia · 2026 · [followup.view.YEAR_TO_DATE] 10", sheet.getRow(0).getCell(0).getStringCellValue());
        assertEquals("[followup.xlsx.column.actual]", sheet.getRow(2).getCell(2).getStringCellValue());
        assertEquals("HS-HIS-10", sheet.getRow(3).getCell(0).getStringCellValue());
        assertEquals(1000.50, sheet.getRow(3).getCell(2).getNumericCellValue(), 0.0001);
        assertEquals(-123.45, sheet.getRow(3).getCell(4).getNumericCellValue(), 0.0001);
        assertEquals(-12.3, sheet.getRow(3).getCell(5).getNumericCellValue(), 0.0001);
        assertEquals("[followup.level.ALERT]", sheet.getRow(3).getCell(6).getStringCellValue());
        assertEquals("[followup.unassigned.ACTIVITY]", sheet.getRow(4).getCell(1).getStringCellValue());
        assertEquals("[followup.total.RESULT]", sheet.getRow(7).getCell(1).getStringCellValue());
        assertEquals(995.50, sheet.getRow(7).getCell(2).getNumericCellValue(), 0.0001);
    }

    @Test
    void theTransactionsWithTheirSum() throws IOException {
        TransactionPage page = new TransactionPage(List.of(new Transaction("LEV-2026-40001", LocalDate.of(2026, 3, 4),
                "Tågresa Stockholm", 123_456, "P1", null, "EXT", 202603)), 3, 999_999);
        Sheet sheet = read(FollowUpWorkbook.write(report(page), FollowUpWorkbook.Table.TRANSACTIONS, key -> key));
        assertEquals("followup.xlsx.sheet.TRANSACTION", sheet.getSheetName(), "cut to Excel's 31 characters");
        assertEquals("LEV-2026-40001", sheet.getRow(3).getCell(0).getStringCellValue());
        assertEquals("2026-03-04", sheet.getRow(3).getCell(1).getStringCellValue());
        assertEquals(1234.56, sheet.getRow(3).getCell(3).getNumericCellValue(), 0.0001);
        assertEquals(9999.99, sheet.getRow(5).getCell(3).getNumericCellValue(), 0.0001, "the sum of all, not only those shown");
    }
}
