package se.uniplan.web.rest;

import java.util.List;
import java.util.Locale;
import se.uniplan.plan.CellChange;
import se.uniplan.plan.workbook.UploadChange;
import se.uniplan.plan.workbook.UploadError;
import se.uniplan.plan.workbook.UploadPreview;
import se.uniplan.web.Messages;

/** The JSON shapes of the plan's xlsx upload. */
public final class WorkbookDtos {

    private WorkbookDtos() {
    }

    /** One changed figure: where, and its amount now ({@code oldAmount}) and in the file. */
    public record ChangeDto(int row, long activityId, String activityCode, String activityName, long accountId,
                            String accountNumber, String accountName, int period, long oldAmount, long newAmount) {
        static ChangeDto of(UploadChange c) {
            return new ChangeDto(c.row(), c.activityId(), c.activityCode(), c.activityName(), c.accountId(),
                    c.accountNumber(), c.accountName(), c.period(), c.oldAmount(), c.newAmount());
        }
    }

    /** Why the file, or a cell of it, was refused: file, sheet, row and column as Excel shows them. */
    public record UploadErrorDto(String file, String sheet, Integer row, String column, String error, String message) {
        static UploadErrorDto of(UploadError e, Locale locale) {
            return new UploadErrorDto(e.file(), e.sheet(), e.row(), e.column(), e.messageKey(),
                    Messages.text(locale, e.messageKey(), e.arguments().toArray()));
        }
    }

    /**
     * What the file would change, or why it is refused. {@code error} and {@code message} are set
     * when it is refused, as in every other error answer.
     */
    public record PreviewDto(String file, String sheet, boolean valid, int rowsRead, long changedRows, int keptNewer,
                             List<ChangeDto> changes, List<UploadErrorDto> errors, int moreErrors, String error,
                             String message) {
        static PreviewDto of(UploadPreview p, Locale locale) {
            String error = p.isValid() ? null : "error.xlsx.invalid";
            String message = p.isValid() ? null
                    : Messages.text(locale, "xlsx.errorsSummary", p.fileName(), p.errors().size() + p.moreErrors());
            return new PreviewDto(p.fileName(), p.sheet(), p.isValid(), p.rowsRead(), p.changedRows(), p.keptNewer(),
                    p.changes().stream().map(ChangeDto::of).toList(),
                    p.errors().stream().map(e -> UploadErrorDto.of(e, locale)).toList(), p.moreErrors(), error, message);
        }
    }

    /** A figure to save: the preview's old amount goes in {@code expected}. */
    public record SaveChange(long activityId, long accountId, int period, Long expected, long amount) {
        CellChange toCellChange() {
            return new CellChange(activityId, accountId, period, expected, amount);
        }
    }

    /** The changes of a preview to save, all or nothing. */
    public record ApplyRequest(List<SaveChange> changes) {
    }

    public record AppliedDto(int saved) {
    }
}
