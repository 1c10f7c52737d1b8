package se.uniplan.plugin.ubw.sie;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits one line of a SIE file into a {@link SieRecord}. Fields are separated by spaces or tabs;
 * any field may be quoted, and inside quotes {@code \"} stands for a quote (a backslash before
 * anything else is kept as it is, as in {@code "1820\A012"}). An object list is written in braces,
 * with or without quotes and spacing: {@code {1 "100"}}, {@code {"1" "100"}}, {@code { 1 100 }},
 * {@code {}}.
 */
final class SieTokenizer {

    private String text;
    private int pos;
    private String defect;

    /** The record on a line that is not empty and not a lone brace. */
    SieRecord parse(long line, String lineText) {
        text = lineText;
        pos = 0;
        defect = null;
        skipBlanks();
        String label = token(false).toUpperCase(Locale.ROOT);
        List<SieRecord.Field> fields = new ArrayList<>();
        skipBlanks();
        while (pos < text.length()) {
            if (text.charAt(pos) == '{') {
                pos++;
                fields.add(SieRecord.Field.list(objectList()));
            } else {
                fields.add(SieRecord.Field.text(token(false)));
            }
            skipBlanks();
        }
        return new SieRecord(line, label, fields, defect);
    }

    private List<String> objectList() {
        List<String> items = new ArrayList<>();
        while (true) {
            skipBlanks();
            if (pos >= text.length()) {
                defect = "object list without }";
                return items;
            }
            if (text.charAt(pos) == '}') {
                pos++;
                return items;
            }
            items.add(token(true));
        }
    }

    private String token(boolean inList) {
        if (pos < text.length() && text.charAt(pos) == '"') {
            return quoted();
        }
        int start = pos;
        while (pos < text.length() && !isBlank(text.charAt(pos)) && !(inList && text.charAt(pos) == '}')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private String quoted() {
        pos++;
        StringBuilder value = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\' && pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                value.append('"');
                pos += 2;
            } else if (c == '"') {
                pos++;
                return value.toString();
            } else {
                value.append(c);
                pos++;
            }
        }
        defect = "quote without end";
        return value.toString();
    }

    private void skipBlanks() {
        while (pos < text.length() && isBlank(text.charAt(pos))) {
            pos++;
        }
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
