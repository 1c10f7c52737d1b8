package se.uniplan.plugin.ubw.sie;

import java.time.LocalDate;
import java.util.List;
import se.uniplan.plugin.api.ledger.LedgerDimensions;

/**
 * One {@code #TRANS} or {@code #RTRANS} record:
 * {@code kontonr {objektlista} belopp transdat transtext kvantitet sign}. Quantity and signature are
 * not needed and not read.
 *
 * @param line       the line it is on
 * @param account    the account number
 * @param objects    the object list as written, for matching an {@code #RTRANS} with its {@code #TRANS}
 * @param dimensions the object list by role
 * @param amount     öre
 * @param date       the transaction date, or null if the line has none
 * @param text       the transaction text, possibly empty
 */
record SieTrans(long line, String account, List<String> objects, LedgerDimensions dimensions, long amount,
                LocalDate date, String text) {

    /**
     * Reads the fields. The object list is mandatory in the specification; a line without one is
     * read as if it had {@code {}}, since its meaning is still clear.
     *
     * @throws SieFormatException if a field is missing or not what it should be
     */
    static SieTrans parse(SieRecord record, SieDimensionMap dimensions) {
        String account = record.text(0);
        if (account.isEmpty()) {
            throw new SieFormatException(record.label() + " without account");
        }
        int i = record.isList(1) ? 2 : 1;
        List<String> objects = record.objects(1);
        if (record.text(i).isEmpty()) {
            throw new SieFormatException(record.label() + " without amount");
        }
        long amount = SieValues.amount(record.text(i));
        LocalDate date = SieValues.optionalDate(record.text(i + 1));
        return new SieTrans(record.line(), account, objects, dimensions.forLine(objects), amount, date,
                record.text(i + 2));
    }

    /** True if {@code other} is the {@code #TRANS} that repeats this {@code #RTRANS}: same account, objects and amount. */
    boolean sameEntryAs(SieTrans other) {
        return account.equals(other.account) && objects.equals(other.objects) && amount == other.amount;
    }
}
