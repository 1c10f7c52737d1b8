package se.uniplan.plan.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import se.uniplan.plan.workbook.Amounts.Reading;

/** Amounts as Swedish users write them in a spreadsheet, in whole kronor. */
class AmountsTest {

    @Test
    void swedishTextReads() {
        assertEquals(Reading.of(1234), Amounts.parse("1 234"));
        assertEquals(Reading.of(1234), Amounts.parse("1 234,00"));
        assertEquals(Reading.of(-5000), Amounts.parse("-5 000"));
        assertEquals(Reading.of(-5000), Amounts.parse("\u22125\u202f000"));
        assertEquals(Reading.of(1_250_000), Amounts.parse(" 1\u00a0250\u00a0000 kr "));
        assertEquals(Reading.of(0), Amounts.parse("  "));
    }

    @Test
    void oreAndOtherTextAreRefused() {
        assertEquals("error.xlsx.notWhole", Amounts.parse("1 234,50").errorKey());
        assertEquals("error.xlsx.notANumber", Amounts.parse("1.234").errorKey());
        assertEquals("error.xlsx.notANumber", Amounts.parse("12a").errorKey());
        assertEquals("error.xlsx.notANumber", Amounts.parse("--5").errorKey());
        assertEquals("error.xlsx.tooLarge", Amounts.parse("2 000 000 000 000").errorKey());
    }

    @Test
    void numbersAreWholeUpToFloatingPointNoise() {
        assertEquals(Reading.of(1100), Amounts.of(1000 * 1.1));
        assertEquals(Reading.of(-3), Amounts.of(-3.0));
        assertEquals(Reading.refused("error.xlsx.notWhole", "0,5"), Amounts.of(0.5));
        assertEquals(Reading.refused("error.xlsx.notWhole", "1234,01"), Amounts.of(1234.01));
        assertEquals("error.xlsx.tooLarge", Amounts.of(1e13).errorKey());
    }
}
