package se.uniplan.plugin.ubw.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.uniplan.plugin.api.ledger.DimensionRole;
import se.uniplan.plugin.api.ledger.LedgerDimensionValue;
import se.uniplan.plugin.api.ledger.LedgerFileHeader;
import se.uniplan.plugin.api.ledger.LedgerSink;
import se.uniplan.plugin.ubw.UbwSettings;

/**
 * Rows of {@code agldimvalue}, UBW's values of each attribute (dimension), into
 * {@link LedgerDimensionValue}s. Which attribute holds the cost centre, the project and so on
 * is site configuration ({@code csv.attribute.*}); values of attributes that are not mapped to a
 * role are none of UniPlan's business and are passed over without a problem.
 */
final class DimensionValueRows extends TableRows {

    private final Map<String, DimensionRole> roles = new HashMap<>();
    private final int attribute;
    private final int value;
    private final int description;
    private final int parent;
    private final int status;

    DimensionValueRows(CsvColumns columns, UbwSettings settings, LedgerSink sink) {
        super(columns, sink);
        settings.csvAttributes().forEach((role, id) -> roles.put(id.strip().toUpperCase(Locale.ROOT), role));
        attribute = columns.find("attribute_id");
        value = columns.find("dim_value");
        description = columns.find("description");
        parent = columns.find("rel_value");
        status = columns.find("status");
    }

    @Override
    String format() {
        return "UBW agldimvalue CSV";
    }

    @Override
    LedgerFileHeader.Content content() {
        return LedgerFileHeader.Content.MASTER_DATA;
    }

    @Override
    List<String> required() {
        return List.of("attribute_id", "dim_value");
    }

    @Override
    void row(CsvScanner row) {
        String attributeId = optional(row, attribute);
        if (attributeId == null) {
            malformed(row, attribute);
            return;
        }
        DimensionRole role = roles.get(attributeId.toUpperCase(Locale.ROOT));
        if (role == null) {
            return;
        }
        String code = optional(row, value);
        if (code == null) {
            malformed(row, value);
            return;
        }
        garbled(row, value);
        garbled(row, description);
        String name = optional(row, description);
        sink.dimensionValue(new LedgerDimensionValue(role, code, name == null ? "" : name, optional(row, parent),
                AccountRows.active(optional(row, status)), row.line()));
    }
}
