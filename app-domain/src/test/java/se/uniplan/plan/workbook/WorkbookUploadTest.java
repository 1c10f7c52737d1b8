package se.uniplan.plan.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.uniplan.plan.workbook.Fixture.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.uniplan.plan.CellChange;
import se.uniplan.plan.CellValue;

/** An xlsx file changed outside UniPlan, read back against its plan: what it changes, or every reason it is refused. */
class WorkbookUploadTest {

    private static final String FILE = "Budget 2027 HS-HIS.xlsx";

    @Test
    void anUnchangedDownloadChangesNothing() {
        UploadPreview preview = upload(plan(), FILE, download(plan()));
        assertTrue(preview.isValid(), preview.errors().toString());
        assertEquals(List.of(), preview.changes());
        assertEquals(7, preview.rowsRead());
        assertEquals("HS-HIS", preview.sheet());
    }

    @Test
    void swedishTextNumbersAreRead() {
        byte[] file = edited(download(plan()), wb -> {
            month(wb, "HS-HIS-10", "3011", 1).setCellValue("1 234");
            month(wb, "HS-HIS-10", "3011", 2).setCellValue("1\u00a0234,00");
            month(wb, "HS-HIS-10", "4011", 1).setCellValue("-5 000");
            month(wb, "HS-HIS-30", "5011", 12).setCellValue("\u22127 000 kr");
            month(wb, "HS-HIS-30", "5011", 11).setCellValue("");
        });
        UploadPreview preview = upload(plan(), FILE, file);
        assertTrue(preview.isValid(), preview.errors().toString());
        assertEquals(List.of(
                        new CellChange(EDUCATION, GRANT, 1, 100_000L, 1_234),
                        new CellChange(EDUCATION, GRANT, 2, 100_000L, 1_234),
                        new CellChange(EDUCATION, SALARIES, 1, 60_000L, -5_000),
                        new CellChange(RESEARCH, RENT, 12, 8_000L, -7_000)),
                preview.cellChanges());
        assertEquals(3, preview.changedRows());
        UploadChange first = preview.changes().get(0);
        assertEquals(9, first.row());
        assertEquals("HS-HIS-10", first.activityCode());
        assertEquals("3011", first.accountNumber());
    }

    @Test
    void formulasAreReadByTheirValueAndANewFigureIsAChangeFromZero() {
        byte[] file = edited(download(plan()), wb -> {
            month(wb, "HS-HIS-10", "3011", 3).setCellFormula("1000*2+500");
            month(wb, "HS-HIS-10", "3011", 4).setCellFormula("1000*1.1");
            month(wb, "HS-HIS-30", "4011", 6).setCellValue(42_000);
        });
        UploadPreview preview = upload(plan(), FILE, file);
        assertTrue(preview.isValid(), preview.errors().toString());
        assertEquals(List.of(new CellChange(EDUCATION, GRANT, 3, 0L, 2_500), new CellChange(EDUCATION, GRANT, 4, 0L, 1_100),
                new CellChange(RESEARCH, SALARIES, 6, 0L, 42_000)), preview.cellChanges());
    }

    @Test
    void aFileOfAnotherDepartmentIsRefusedAtItsHeader() {
        byte[] file = edited(download(plan()), wb -> wb.getSheetAt(0).getRow(2).getCell(1).setCellValue("HS-PSY"));
        UploadPreview preview = upload(plan(), "psykologi.xlsx", file);
        assertFalse(preview.isValid());
        UploadError error = preview.errors().get(0);
        assertEquals(new UploadError("psykologi.xlsx", "HS-HIS", 3, "B", "error.xlsx.wrongPlan",
                List.of("Budget 2027", "HS-PSY", "Budget 2027", "HS-HIS")), error);
        assertEquals(1, preview.errors().size(), "nothing else is read from another plan's file");
    }

    @Test
    void anotherRoundIsRefusedToo() {
        byte[] file = edited(download(plan()), wb -> wb.getSheetAt(0).getRow(1).getCell(1).setCellValue("Budget 2026"));
        UploadPreview preview = upload(plan(), FILE, file);
        assertEquals("error.xlsx.wrongPlan", preview.errors().get(0).messageKey());
        assertEquals(2, preview.errors().get(0).row());
    }

    @Test
    void unknownAccountsAndActivitiesAreNamedWithRowAndColumnAndAllAreCollected() {
        byte[] file = edited(download(plan()), wb -> {
            wb.getSheetAt(0).getRow(9).getCell(2).setCellValue("9999");
            wb.getSheetAt(0).getRow(11).getCell(0).setCellValue("NT-FYS-10");
            month(wb, "HS-HIS-30", "5011", 1).setCellValue("mycket");
        });
        UploadPreview preview = upload(plan(), FILE, file);
        assertEquals(List.of(
                new UploadError(FILE, "HS-HIS", 10, "C", "error.xlsx.unknownAccount", List.of("9999")),
                new UploadError(FILE, "HS-HIS", 12, "A", "error.xlsx.unknownActivity", List.of("NT-FYS-10", "HS-HIS")),
                new UploadError(FILE, "HS-HIS", 14, "E", "error.xlsx.notANumber", List.of("mycket"))), preview.errors());
        assertEquals(List.of(), preview.changes(), "an invalid file changes nothing");
    }

    @Test
    void anAmountWithOreIsRefusedNotRounded() {
        byte[] file = edited(download(plan()), wb -> {
            month(wb, "HS-HIS-10", "3011", 1).setCellValue(1234.5);
            month(wb, "HS-HIS-10", "3011", 2).setCellValue("1 234,50");
            month(wb, "HS-HIS-10", "3011", 3).setCellValue("1.234");
        });
        UploadPreview preview = upload(plan(), FILE, file);
        assertEquals(List.of(
                new UploadError(FILE, "HS-HIS", 9, "E", "error.xlsx.notWhole", List.of("1234,5")),
                new UploadError(FILE, "HS-HIS", 9, "F", "error.xlsx.notWhole", List.of("1 234,50")),
                new UploadError(FILE, "HS-HIS", 9, "G", "error.xlsx.notANumber", List.of("1.234"))), preview.errors());
    }

    @Test
    void aRowTwiceIsRefusedNamingTheFirst() {
        byte[] file = edited(download(plan()), wb -> {
            var sheet = wb.getSheetAt(0);
            var copy = sheet.createRow(sheet.getLastRowNum() + 1);
            copy.createCell(0).setCellValue("HS-HIS-10");
            copy.createCell(2).setCellValue(4011);
            copy.createCell(4).setCellValue(1);
        });
        UploadPreview preview = upload(plan(), FILE, file);
        assertEquals(List.of(new UploadError(FILE, "HS-HIS", 16, null, "error.xlsx.duplicateRow", List.of("HS-HIS-10", "4011", 10))),
                preview.errors());
    }

    @Test
    void anEmptyFileAndACsvRenamedXlsxAreRefused() {
        assertEquals(List.of(new UploadError("tom.xlsx", null, null, null, "error.xlsx.empty", List.of())),
                upload(plan(), "tom.xlsx", new byte[0]).errors());
        byte[] csv = "Verksamhet;Konto;jan\nHS-HIS-10;3011;1 000\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(new UploadError("plan.xlsx", null, null, null, "error.xlsx.notXlsx", List.of())),
                upload(plan(), "plan.xlsx", csv).errors());
    }

    @Test
    void aWorkbookThatIsNotAUniPlanDownloadIsRefused() {
        byte[] file = edited(download(plan()), wb -> {
            wb.getSheetAt(0).getRow(1).getCell(1).setBlank();
            wb.getSheetAt(0).getRow(2).getCell(1).setBlank();
        });
        assertEquals("error.xlsx.notExport", upload(plan(), FILE, file).errors().get(0).messageKey());
    }

    @Test
    void aFigureChangedInUniPlanSinceTheDownloadIsKeptOrRefusedNeverOverwritten() {
        byte[] file = edited(download(plan()), wb -> month(wb, "HS-HIS-10", "3011", 1).setCellValue(150_000));
        // meanwhile in UniPlan: the same cell and another one changed
        WorkbookPlan now = new WorkbookPlan(7114, 4, "HS-HIS", "Avdelningen för historia", "Budget 2027", plan().state(),
                plan().activities(), plan().accounts(), plan().cells().stream()
                .map(c -> c.activityId() == EDUCATION && c.accountId() == GRANT ? new CellValue(EDUCATION, GRANT, c.period(), 90_000) : c)
                .toList());
        UploadPreview conflict = upload(now, FILE, file);
        assertEquals(List.of(new UploadError(FILE, "HS-HIS", 9, "E", "error.xlsx.changedSinceDownload",
                List.of(100_000L, 90_000L, 150_000L))), conflict.errors());

        byte[] untouched = edited(download(plan()), wb -> month(wb, "HS-HIS-30", "4011", 5).setCellValue(7));
        UploadPreview kept = upload(now, FILE, untouched);
        assertTrue(kept.isValid(), kept.errors().toString());
        assertEquals(List.of(new CellChange(RESEARCH, SALARIES, 5, 0L, 7)), kept.cellChanges());
        assertEquals(2, kept.keptNewer(), "February and January of the grant keep UniPlan's newer 90 000");
    }

    @Test
    void withoutTheHiddenSheetTheFileIsComparedWithTheFiguresNow() {
        byte[] file = edited(download(plan()), wb -> {
            wb.removeSheetAt(wb.getSheetIndex(WorkbookLayout.KEY_SHEET));
            month(wb, "HS-HIS-10", "3011", 1).setCellValue(120_000);
        });
        UploadPreview preview = upload(plan(), FILE, file);
        assertEquals(List.of(new CellChange(EDUCATION, GRANT, 1, 100_000L, 120_000)), preview.cellChanges());
    }

    @Test
    void aRowOfAnInactiveActivityMayStayButNotChange() {
        assertTrue(upload(plan(), FILE, download(plan())).isValid(), "its figures came along in the download");
        byte[] file = edited(download(plan()), wb -> month(wb, "HS-HIS-77", "4011", 3).setCellValue(6_000));
        assertEquals(List.of(new UploadError(FILE, "HS-HIS", 15, "A", "error.xlsx.inactiveActivity", List.of("HS-HIS-77"))),
                upload(plan(), FILE, file).errors());
    }

    @Test
    void aDeletedRowChangesNothing() {
        byte[] file = edited(download(plan()), wb -> {
            var sheet = wb.getSheetAt(0);
            sheet.removeRow(sheet.getRow(rowOf(wb, "HS-HIS-10", "3011")));
        });
        UploadPreview preview = upload(plan(), FILE, file);
        assertTrue(preview.isValid(), preview.errors().toString());
        assertEquals(List.of(), preview.changes());
    }

    @Test
    void theFileNameLosesAnyPath() {
        assertEquals("Budget 2027 HS-HIS.xlsx", PlanWorkbook.baseName("C:\\Users\\ekonom\\Budget 2027 HS-HIS.xlsx"));
        assertEquals("upload.xlsx", PlanWorkbook.baseName(" "));
    }
}
