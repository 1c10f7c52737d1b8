package se.uniplan.plan.workbook;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import se.uniplan.plan.PlanCell;

/**
 * Reads an amount in whole kronor from a cell as Swedish users write it: a number, a formula's
 * value, or text such as {@code 1 234}, {@code 1 234,00} or {@code -5 000}. Amounts are whole
 * kronor: {@code 1 234,50} is refused, not rounded. An empty cell is zero.
 */
final class Amounts {

    /** Digits with spaces between groups, an optional minus, an optional comma and decimals. */
    private static final Pattern SWEDISH = Pattern.compile("(-?)(\\d+)(?:,(\\d+))?");

    /**
     * A whole-kronor reading: {@code amount} when {@code errorKey} is null, else why not,
     * with {@code shown} as the value the user sees.
     */
    record Reading(long amount, String errorKey, String shown) {
        boolean ok() {
            return errorKey == null;
        }

        static Reading of(long amount) {
            return new Reading(amount, null, null);
        }

        static Reading refused(String key, String shown) {
            return new Reading(0, key, shown);
        }
    }

    private Amounts() {
    }

    static Reading read(Cell cell) {
        if (cell == null) {
            return Reading.of(0);
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> of(cell.getNumericCellValue());
            case STRING -> parse(cell.getStringCellValue());
            case BLANK -> Reading.of(0);
            case ERROR -> Reading.refused("error.xlsx.formulaError", FormulaError.forInt(cell.getErrorCellValue()).getString());
            case BOOLEAN -> Reading.refused("error.xlsx.notANumber", String.valueOf(cell.getBooleanCellValue()).toUpperCase());
            default -> Reading.refused("error.xlsx.notANumber", String.valueOf(cell));
        };
    }

    /** A number from a numeric cell; a sum with floating-point noise (1100.0000000000002) is whole. */
    static Reading of(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Reading.refused("error.xlsx.notANumber", String.valueOf(value));
        }
        double whole = Math.rint(value);
        if (Math.abs(value - whole) > 1e-6 + Math.abs(value) * 1e-14) {
            return Reading.refused("error.xlsx.notWhole", BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                    .replace('.', ','));
        }
        if (Math.abs(whole) > PlanCell.MAX_AMOUNT) {
            return Reading.refused("error.xlsx.tooLarge", BigDecimal.valueOf(whole).toPlainString());
        }
        return Reading.of((long) whole);
    }

    /** Text as Swedish users write amounts: spaces between thousands, a decimal comma. */
    static Reading parse(String text) {
        String shown = text.strip();
        String compact = shown.replace('\u2212', '-').replaceAll("[\\s\\u00A0\\u2007\\u202F]", "");
        if (compact.endsWith("kr")) {
            compact = compact.substring(0, compact.length() - 2);
        }
        if (compact.isEmpty()) {
            return Reading.of(0);
        }
        Matcher m = SWEDISH.matcher(compact);
        if (!m.matches()) {
            return Reading.refused("error.xlsx.notANumber", shown);
        }
        if (m.group(3) != null && !m.group(3).chars().allMatch(c -> c == '0')) {
            return Reading.refused("error.xlsx.notWhole", shown);
        }
        BigDecimal amount = new BigDecimal(m.group(1) + m.group(2));
        if (amount.abs().compareTo(BigDecimal.valueOf(PlanCell.MAX_AMOUNT)) > 0) {
            return Reading.refused("error.xlsx.tooLarge", shown);
        }
        return Reading.of(amount.longValueExact());
    }
}
