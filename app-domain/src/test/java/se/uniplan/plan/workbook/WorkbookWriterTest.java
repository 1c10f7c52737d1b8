package se.uniplan.plan.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static se.uniplan.plan.workbook.Fixture.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The downloaded workbook as a person sees it in Excel. */
class WorkbookWriterTest {

    @Test
    void headerRowsFormatsAndFrozenPanes() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(download(plan())))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("HS-HIS", sheet.getSheetName());
            assertEquals("Budget 2027 – HS-HIS Avdelningen för historia", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Budget 2027", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals("HS-HIS", sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals("PlanState.DRAFT", sheet.getRow(3).getCell(1).getStringCellValue());
            assertEquals("2026-11-20 10:15", sheet.getRow(4).getCell(1).getStringCellValue(), "Swedish time");
            assertEquals(3, sheet.getRow(5).getCell(1).getNumericCellValue());
            assertEquals("xlsx.month.1", sheet.getRow(7).getCell(4).getStringCellValue());

            var first = sheet.getRow(8);
            assertEquals("HS-HIS-10", first.getCell(0).getStringCellValue());
            assertEquals("3011", first.getCell(2).getStringCellValue());
            assertEquals(100_000, first.getCell(4).getNumericCellValue());
            assertEquals("#,##0", first.getCell(4).getCellStyle().getDataFormatString());
            assertEquals("SUM(E9:P9)", first.getCell(16).getCellFormula());
            assertEquals(200_000, first.getCell(16).getNumericCellValue(), "the total is calculated");

            assertEquals(4, sheet.getPaneInformation().getVerticalSplitPosition());
            assertEquals(8, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertEquals(14, sheet.getLastRowNum(), "3 × 3 active rows and the inactive activity's row with figures");
            assertEquals(SheetVisibility.VERY_HIDDEN, wb.getSheetVisibility(wb.getSheetIndex("uniplan")));
            assertNotNull(sheet.getCTWorksheet().getAutoFilter());
        }
        assertEquals("Budget 2027 HS-HIS.xlsx", plan().fileName());
    }
}
