package se.uniplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A plan goes to Excel and back through the API: downloaded, changed outside UniPlan, previewed
 * (exactly the changed cells, old → new), saved with path UPLOAD in the audit trail; an invalid
 * file, a stale save and a locked plan change nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanWorkbookIT {

    private static final long HISTORY_PLAN = 7114;
    private static final long CHEMISTRY_PLAN_REGISTERED = 7111;
    private static final long PSYCHOLOGY_PLAN_REGISTERED = 7115;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String EDUCATION = "HS-HIS-10";
    private static final String RESEARCH = "HS-HIS-30";
    private static final String COMMON = "HS-HIS-90";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void aFileChangedInExcelIsPreviewedAndSavedWithItsPathInTheAudit() {
        WebSession economist = WebSession.login(DemoUser.EKONOM_HISTORIA);
        HttpResponse<byte[]> download = economist.getBytes("/api/plans/" + HISTORY_PLAN + "/xlsx");
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith(XLSX));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("")
                .contains("filename*=UTF-8''Budget%202027%20HS-HIS.xlsx"), download.headers().toString());

        PlanFile file = new PlanFile(download.body());
        long educationJan = file.month(EDUCATION, "3011", 1);
        long researchJun = file.month(RESEARCH, "4011", 6);
        long commonMar = file.month(COMMON, "3011", 3);
        assertEquals(0, commonMar, "the demo plan has no grant on the department's common activity");
        file.set(EDUCATION, "3011", 1, educationJan + 1_000).set(RESEARCH, "4011", 6, researchJun - 2_500)
                .setText(COMMON, "3011", 3, "12 345");

        HttpResponse<String> preview = preview(economist, HISTORY_PLAN, "Budget 2027 HS-HIS (ändrad).xlsx", file.bytes());
        assertEquals(200, preview.statusCode(), preview.body());
        List<Map<String, String>> changes = changes(preview.body());
        assertEquals(3, changes.size(), preview.body());
        assertChange(changes, file.excelRow(EDUCATION, "3011"), 1, educationJan, educationJan + 1_000);
        assertChange(changes, file.excelRow(RESEARCH, "4011"), 6, researchJun, researchJun - 2_500);
        assertChange(changes, file.excelRow(COMMON, "3011"), 3, 0, 12_345);

        HttpResponse<String> applied = economist.postJson("/api/plans/" + HISTORY_PLAN + "/xlsx/apply", applyBody(changes));
        assertEquals(200, applied.statusCode(), applied.body());
        assertTrue(applied.body().contains("\"saved\":3"), applied.body());

        PlanFile after = new PlanFile(economist.getBytes("/api/plans/" + HISTORY_PLAN + "/xlsx").body());
        assertEquals(educationJan + 1_000, after.month(EDUCATION, "3011", 1));
        assertEquals(researchJun - 2_500, after.month(RESEARCH, "4011", 6));
        assertEquals(12_345, after.month(COMMON, "3011", 3));

        String audit = WebSession.login(DemoUser.SYSTEMANSVARIG).get("/admin/audit.xhtml").body();
        Matcher row = Pattern.compile("<tr[^>]*>((?:(?!</tr>).)*HS-HIS-90 \\S+ 3011 \\S+ 2027-03(?:(?!</tr>).)*)</tr>", Pattern.DOTALL)
                .matcher(audit);
        assertTrue(row.find(), "the new figure is in the audit trail");
        assertTrue(row.group(1).contains("Belopp ändrat (Excel)"), row.group(1));
        assertTrue(row.group(1).contains("ekonom.historia") && row.group(1).contains("12345"), row.group(1));

        // the same file once more: it changes nothing now
        HttpResponse<String> again = preview(economist, HISTORY_PLAN, "igen.xlsx",
                new PlanFile(after.bytes()).bytes());
        assertEquals(0, changes(again.body()).size(), again.body());
    }

    @Test
    void anInvalidFileIsRefusedWithFileRowAndReasonAndChangesNothing() {
        WebSession economist = WebSession.login(DemoUser.EKONOM_HISTORIA);
        PlanFile file = new PlanFile(economist.getBytes("/api/plans/" + HISTORY_PLAN + "/xlsx").body());
        long before = file.month(RESEARCH, "5011", 2);
        int row = file.excelRow(RESEARCH, "5510");
        file.set(RESEARCH, "5011", 2, before + 700).setAccount(RESEARCH, "5510", "9999")
                .setText(EDUCATION, "3011", 4, "1 234,50");

        HttpResponse<String> refused = preview(economist, HISTORY_PLAN, "historia fel.xlsx", file.bytes());
        assertEquals(422, refused.statusCode(), refused.body());
        String body = refused.body();
        assertTrue(body.contains("\"error\":\"error.xlsx.unknownAccount\""), body);
        assertTrue(body.contains("\"file\":\"historia fel.xlsx\""), body);
        assertTrue(body.contains("\"row\":" + row) && body.contains("\"column\":\"C\""), body);
        assertTrue(body.contains("Kontot 9999 finns inte i kontoplanen."), body);
        assertTrue(body.contains("\"error\":\"error.xlsx.notWhole\"") && body.contains("1 234,50 är inte ett helt kronbelopp"), body);
        assertTrue(body.contains("Ingenting har sparats"), body);
        assertEquals("[]", Pattern.compile("\"changes\":(\\[[^\\]]*\\])").matcher(body).results().findFirst().orElseThrow().group(1));

        PlanFile now = new PlanFile(economist.getBytes("/api/plans/" + HISTORY_PLAN + "/xlsx").body());
        assertEquals(before, now.month(RESEARCH, "5011", 2), "nothing changed");

        HttpResponse<String> csv = preview(economist, HISTORY_PLAN, "plan.xlsx", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, csv.statusCode());
        assertTrue(csv.body().contains("error.xlsx.notXlsx") && csv.body().contains("\"file\":\"plan.xlsx\""), csv.body());
    }

    @Test
    void aFigureChangedBetweenPreviewAndSaveRefusesTheWholeSave() {
        WebSession economist = WebSession.login(DemoUser.EKONOM_HISTORIA);
        byte[] downloaded = economist.getBytes("/api/plans/" + HISTORY_PLAN + "/xlsx").body();
        long rent = new PlanFile(downloaded).month(EDUCATION, "5011", 5);
        long travel = new PlanFile(downloaded).month(EDUCATION, "5510", 5);

        HttpResponse<String> mine = preview(economist, HISTORY_PLAN, "min.xlsx",
                new PlanFile(downloaded).set(EDUCATION, "5011", 5, rent + 111).set(EDUCATION, "5510", 5, travel + 222).bytes());
        assertEquals(200, mine.statusCode(), mine.body());

        // meanwhile a colleague's upload changes the rent
        HttpResponse<String> theirs = preview(economist, HISTORY_PLAN, "kollega.xlsx",
                new PlanFile(downloaded).set(EDUCATION, "5011", 5, rent + 999).bytes());
        assertEquals(200, economist.postJson("/api/plans/" + HISTORY_PLAN + "/xlsx/apply", applyBody(changes(theirs.body())))
                .statusCode());

        HttpResponse<String> stale = economist.postJson("/api/plans/" + HISTORY_PLAN + "/xlsx/apply", applyBody(changes(mine.body())));
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("HS-HIS-10 · 5011 · 2027-05"), stale.body());

        PlanFile now = new PlanFile(economist.getBytes("/api/plans/" + HISTORY_PLAN + "/xlsx").body());
        assertEquals(rent + 999, now.month(EDUCATION, "5011", 5), "the colleague's figure stands");
        assertEquals(travel, now.month(EDUCATION, "5510", 5), "nothing of the stale save was written");

        // uploading the old file again: the rent changed in both places, so it is refused for that cell
        HttpResponse<String> conflict = preview(economist, HISTORY_PLAN, "min.xlsx",
                new PlanFile(downloaded).set(EDUCATION, "5011", 5, rent + 111).bytes());
        assertEquals(422, conflict.statusCode(), conflict.body());
        assertTrue(conflict.body().contains("error.xlsx.changedSinceDownload"), conflict.body());
    }

    @Test
    void aLockedPlanRefusesTheUpload() {
        WebSession economist = WebSession.login(DemoUser.EKONOM_FYSIK);
        byte[] registered = economist.getBytes("/api/plans/" + CHEMISTRY_PLAN_REGISTERED + "/xlsx").body();
        PlanFile file = new PlanFile(registered);
        assertEquals("Registrerad", file.sheet().getRow(3).getCell(1).getStringCellValue());
        HttpResponse<String> refused = preview(economist, CHEMISTRY_PLAN_REGISTERED, "kemi.xlsx", file.bytes());
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("error.plan.locked") && refused.body().contains("är låst"), refused.body());
        HttpResponse<String> forced = economist.postJson("/api/plans/" + CHEMISTRY_PLAN_REGISTERED + "/xlsx/apply",
                "{\"changes\":[{\"activityId\":1004,\"accountId\":2000,\"period\":1,\"expected\":0,\"amount\":5}]}");
        assertEquals(422, forced.statusCode(), forced.body());

        WebSession dean = WebSession.login(DemoUser.DEKAN_HS);
        PlanFile psychology = new PlanFile(dean.getBytes("/api/plans/" + PSYCHOLOGY_PLAN_REGISTERED + "/xlsx").body());
        HttpResponse<String> locked = preview(dean, PSYCHOLOGY_PLAN_REGISTERED, "psykologi.xlsx", psychology.bytes());
        assertEquals(422, locked.statusCode(), locked.body());
        assertTrue(locked.body().contains("error.plan.locked"), locked.body());

        assertEquals(403, WebSession.login(DemoUser.EKONOM_HISTORIA).getBytes("/api/plans/" + PSYCHOLOGY_PLAN_REGISTERED + "/xlsx")
                .statusCode(), "another department's plan is not even downloaded");
    }

    private static HttpResponse<String> preview(WebSession session, long planId, String fileName, byte[] file) {
        return session.postBytes("/api/plans/" + planId + "/xlsx/preview", file, XLSX,
                "X-File-Name", URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /** The preview's changes, each as its JSON fields. */
    private static List<Map<String, String>> changes(String json) {
        Matcher array = Pattern.compile("\"changes\":\\[(.*?)\\]").matcher(json);
        assertTrue(array.find(), json);
        List<Map<String, String>> changes = new ArrayList<>();
        Matcher object = Pattern.compile("\\{([^{}]*)\\}").matcher(array.group(1));
        while (object.find()) {
            changes.add(Pattern.compile("\"(\\w+)\":(\"[^\"]*\"|-?\\d+)").matcher(object.group(1)).results()
                    .collect(Collectors.toMap(m -> m.group(1), m -> m.group(2).replace("\"", ""))));
        }
        return changes;
    }

    private static void assertChange(List<Map<String, String>> changes, int row, int period, long old, long now) {
        assertTrue(changes.stream().anyMatch(c -> c.get("row").equals(String.valueOf(row)) && c.get("period").equals(String.valueOf(period))
                && c.get("oldAmount").equals(String.valueOf(old)) && c.get("newAmount").equals(String.valueOf(now))),
                "row " + row + " month " + period + ": " + old + " → " + now + " in " + changes);
    }

    /** Sends the preview's changes back with their old amounts as expected. */
    private static String applyBody(List<Map<String, String>> changes) {
        return changes.stream().map(c -> "{\"activityId\":" + c.get("activityId") + ",\"accountId\":" + c.get("accountId")
                + ",\"period\":" + c.get("period") + ",\"expected\":" + c.get("oldAmount") + ",\"amount\":" + c.get("newAmount") + "}")
                .collect(Collectors.joining(",", "{\"changes\":[", "]}"));
    }
}
