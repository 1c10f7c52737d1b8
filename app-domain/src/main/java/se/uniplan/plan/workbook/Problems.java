package se.uniplan.plan.workbook;

import java.util.ArrayList;
import java.util.List;

/** Every error found in one file, up to a limit beyond which they are only counted. */
final class Problems {

    static final int MAX_LISTED = 200;

    private final String file;
    private final List<UploadError> listed = new ArrayList<>();
    private int more;

    Problems(String file) {
        this.file = file;
    }

    /** An error of the whole file. */
    void file(String key, Object... args) {
        add(new UploadError(file, null, null, null, key, List.of(args)));
    }

    /**
     * An error at a place in a sheet.
     *
     * @param row    zero-based row index, shown as Excel numbers it
     * @param column zero-based column index, or a negative number for the whole row
     */
    void at(String sheet, int row, int column, String key, Object... args) {
        add(new UploadError(file, sheet, row + 1, column < 0 ? null : WorkbookLayout.letter(column), key, List.of(args)));
    }

    private void add(UploadError error) {
        if (listed.size() < MAX_LISTED) {
            listed.add(error);
        } else {
            more++;
        }
    }

    boolean any() {
        return !listed.isEmpty();
    }

    List<UploadError> listed() {
        return listed;
    }

    int more() {
        return more;
    }
}
