package se.uniplan.plan.workbook;

import java.io.Serializable;
import se.uniplan.plan.CellChange;

/**
 * One figure the upload changes: where it is (the file's row, the activity, the account, the
 * month) and its amount now and in the file.
 *
 * @param row the file's row number as Excel shows it
 */
public record UploadChange(int row, long activityId, String activityCode, String activityName, long accountId,
                           String accountNumber, String accountName, int period, long oldAmount, long newAmount)
        implements Serializable {

    /** The write, with the amount shown as old expected: it is refused if the figure has moved since. */
    public CellChange toCellChange() {
        return new CellChange(activityId, accountId, period, oldAmount, newAmount);
    }
}
