package se.uniplan.plan.workbook;

import java.io.Serializable;
import java.util.List;

/**
 * Why an uploaded file, or one cell of it, was refused: where (file, sheet, row and column as
 * Excel shows them) and a message key with its arguments.
 *
 * @param row    the row number as Excel shows it (1 = the first row), or null for the whole file
 * @param column the column letter as Excel shows it, or null for a whole row
 */
public record UploadError(String file, String sheet, Integer row, String column, String messageKey,
                          List<Object> arguments) implements Serializable {

    public UploadError {
        arguments = List.copyOf(arguments);
    }
}
