package se.uniplan.plan.workbook;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import se.uniplan.access.Action;
import se.uniplan.plan.CellChange;
import se.uniplan.plan.ChangePath;
import se.uniplan.plan.PlanGrid;
import se.uniplan.plan.PlanService;
import se.uniplan.shared.AccessDeniedException;
import se.uniplan.shared.RuleViolationException;

/**
 * A plan in Excel: download it as xlsx, upload a changed copy for a preview of what it changes,
 * then save exactly that preview, all or nothing.
 *
 * <p>Usage, as the upload page does it:
 * <pre>{@code
 * UploadPreview preview = workbooks.preview(planId, "Budget 2027 HS-HIS.xlsx", bytes);
 * if (preview.isValid()) {
 *     workbooks.apply(planId, preview.cellChanges());   // ConcurrentEditException if a figure moved
 * }
 * }</pre>
 * The preview writes nothing. {@link #apply} writes through {@link PlanService#writeCells} with
 * path {@link ChangePath#UPLOAD} and the amounts the preview showed as expected values, so the
 * plan's lock, the authority check and the audit are those of every other write, and a figure
 * somebody changed between preview and save refuses the whole upload.
 */
@Stateless
public class PlanWorkbook {

    /** Larger files are refused unread: a full plan (2 400 rows) is well under 1 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    @Inject
    private PlanService plans;

    /** The plan as an xlsx workbook, for anyone who may see its figures. */
    public WorkbookFile export(long planId, WorkbookLabels labels) {
        WorkbookPlan plan = WorkbookPlan.of(plans.grid(planId));
        return new WorkbookFile(plan.fileName(), WorkbookWriter.write(plan, Instant.now(), labels));
    }

    /**
     * Reads an uploaded workbook and says what it would change; writes nothing.
     *
     * @param fileName the name of the uploaded file, for the error messages
     * @throws RuleViolationException if the plan is locked or its round is not open
     * @throws AccessDeniedException  unless the current user may edit the plan
     */
    public UploadPreview preview(long planId, String fileName, byte[] content) {
        PlanGrid grid = plans.grid(planId);
        grid.plan().requireEditable();
        if (!grid.authorities().contains(Action.EDIT_PLAN)) {
            throw new AccessDeniedException(Action.EDIT_PLAN.name());
        }
        String name = baseName(fileName);
        requireSize(name, content == null ? 0 : content.length);
        WorkbookPlan plan = WorkbookPlan.of(grid);
        return PlanDiff.preview(plan, WorkbookReader.read(name, content, plan));
    }

    /**
     * Saves a preview's changes in one transaction.
     *
     * @param changes the preview's changes, each with the amount it showed as {@code expected}
     * @return the number of figures written
     * @throws se.uniplan.shared.ConcurrentEditException if a figure is no longer what the preview showed
     */
    public int apply(long planId, List<CellChange> changes) {
        if (changes.isEmpty()) {
            throw new RuleViolationException("error.xlsx.nothingToSave");
        }
        if (changes.stream().anyMatch(c -> c.expected() == null)) {
            throw new RuleViolationException("error.xlsx.expectedMissing");
        }
        return plans.writeCells(planId, changes, ChangePath.UPLOAD).size();
    }

    /** Refuses a file larger than {@link #MAX_BYTES}; callers check before they read it. */
    public static void requireSize(String fileName, long size) {
        if (size > MAX_BYTES) {
            throw new RuleViolationException("error.xlsx.fileTooLarge", baseName(fileName), MAX_BYTES / (1024 * 1024));
        }
    }

    /** The name without a path: some browsers send {@code C:\...\file.xlsx}. */
    static String baseName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "upload.xlsx";
        }
        String name = fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
