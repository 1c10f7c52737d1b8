package se.uniplan.plan.workbook;

import java.io.Serializable;
import java.util.List;
import se.uniplan.plan.CellChange;

/**
 * What an uploaded file would do to the plan, nothing written: the changed figures, or every
 * reason the file was refused. A file with errors changes nothing, so it has no changes.
 *
 * @param rowsRead   the data rows read from the file
 * @param moreErrors errors found beyond those listed
 * @param keptNewer  figures the file leaves as they were downloaded but that were changed in
 *                   UniPlan since: they keep UniPlan's newer amount
 */
public record UploadPreview(String fileName, String sheet, int rowsRead, List<UploadChange> changes,
                            List<UploadError> errors, int moreErrors, int keptNewer) implements Serializable {

    public UploadPreview {
        changes = List.copyOf(changes);
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The number of rows with at least one change. */
    public long changedRows() {
        return changes.stream().map(UploadChange::row).distinct().count();
    }

    /** The writes that save this preview. */
    public List<CellChange> cellChanges() {
        return changes.stream().map(UploadChange::toCellChange).toList();
    }
}
