package se.uniplan.plugin.ubw.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A file's header row read through the site's column mapping: which position holds UBW's
 * column {@code account}, {@code period} and so on. Names match case-insensitively, order is
 * free, extra columns are ignored. The header also tells which of UBW's tables the file is.
 */
final class CsvColumns {

    /** The UBW tables this plugin reads. */
    enum Table { TRANSACTIONS, ACCOUNTS, DIMENSION_VALUES }

    /** agltransact's columns without which a row cannot become a ledger line. */
    static final List<String> TRANSACTION_KEYS = List.of("account", "period", "amount", "voucher_no", "agrtid");

    private final List<String> names;
    private final Map<String, Integer> positions = new HashMap<>();
    private final Function<String, String> rename;

    CsvColumns(List<String> header, Function<String, String> rename) {
        this.names = new ArrayList<>(header.size());
        this.rename = rename;
        for (String name : header) {
            String trimmed = name.strip();
            positions.putIfAbsent(trimmed.toLowerCase(Locale.ROOT), names.size());
            names.add(trimmed);
        }
    }

    /** The position of UBW's column {@code ubwName} under the site's name for it, or -1. */
    int find(String ubwName) {
        String fileName = rename.apply(ubwName);
        Integer position = positions.get(fileName.strip().toLowerCase(Locale.ROOT));
        return position == null ? -1 : position;
    }

    boolean has(String ubwName) {
        return find(ubwName) >= 0;
    }

    /** The site's name for a UBW column, as a problem report should show it. */
    String fileName(String ubwName) {
        return rename.apply(ubwName);
    }

    /** The header's name at a position, as written. */
    String name(int position) {
        return names.get(position);
    }

    int size() {
        return names.size();
    }

    /** The table the header belongs to, or null if it is none of UBW's. */
    Table recognised() {
        if (has("account") && has("res_bal")) {
            return Table.ACCOUNTS;
        }
        if (has("attribute_id") && has("dim_value")) {
            return Table.DIMENSION_VALUES;
        }
        long keys = TRANSACTION_KEYS.stream().filter(this::has).count();
        return keys >= 3 ? Table.TRANSACTIONS : null;
    }

    /** The table to read the file as: a file that is not master data is read as transactions. */
    Table table() {
        Table table = recognised();
        return table == null ? Table.TRANSACTIONS : table;
    }

    /** The required UBW columns this header lacks. */
    List<String> missing(List<String> required) {
        return required.stream().filter(name -> !has(name)).toList();
    }
}
