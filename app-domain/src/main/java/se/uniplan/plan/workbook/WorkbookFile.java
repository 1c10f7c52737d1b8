package se.uniplan.plan.workbook;

/**
 * A workbook to download.
 *
 * @param fileName what the file is called, for example {@code Budget 2027 HS-HIS.xlsx}
 * @param content  the xlsx bytes
 */
public record WorkbookFile(String fileName, byte[] content) {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
