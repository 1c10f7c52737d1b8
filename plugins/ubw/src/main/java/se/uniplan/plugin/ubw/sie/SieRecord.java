package se.uniplan.plugin.ubw.sie;

import java.util.List;

/**
 * One line of a SIE file split into its label ({@code #TRANS}) and fields, with quotes and escapes
 * already removed. A field is either a text or an object list ({@code {1 "100" 6 "P1"}}).
 *
 * @param line   the physical line number (1-based)
 * @param label  the label in upper case, e.g. {@code #TRANS}
 * @param fields the fields after the label
 * @param defect why the line could not be split cleanly (an unterminated quote or list), else null
 */
record SieRecord(long line, String label, List<Field> fields, String defect) {

    SieRecord {
        fields = List.copyOf(fields);
    }

    /** A field: a text, or an object list when {@code objects} is not null. */
    record Field(String text, List<String> objects) {

        static Field text(String text) {
            return new Field(text, null);
        }

        static Field list(List<String> objects) {
            return new Field("", List.copyOf(objects));
        }

        boolean isList() {
            return objects != null;
        }
    }

    /** How many fields follow the label. */
    int size() {
        return fields.size();
    }

    /** The text of field {@code i}, or "" if the record is shorter or the field is an object list. */
    String text(int i) {
        return i < fields.size() && !fields.get(i).isList() ? fields.get(i).text() : "";
    }

    /** True if field {@code i} is an object list. */
    boolean isList(int i) {
        return i < fields.size() && fields.get(i).isList();
    }

    /** The items of the object list in field {@code i}: dimension and object, pairwise. */
    List<String> objects(int i) {
        return isList(i) ? fields.get(i).objects() : List.of();
    }
}
