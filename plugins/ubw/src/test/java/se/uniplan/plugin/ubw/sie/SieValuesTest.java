package se.uniplan.plugin.ubw.sie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts, dates and periods as SIE writes them. */
class SieValuesTest {

    @Test
    void amountsBecomeExactOre() {
        assertEquals(12_345L, SieValues.amount("123.45"));
        assertEquals(-12_340L, SieValues.amount("-123.4"));
        assertEquals(100_000L, SieValues.amount("1000"));
        assertEquals(-3L, SieValues.amount("-0.03"));
        assertEquals(0L, SieValues.amount("-0"));
        assertEquals(123_450L, SieValues.amount("1234,50"), "a decimal comma is tolerated");
        assertEquals(9_999_999_999_999_999L, SieValues.amount("99999999999999.99"),
                "no rounding through a double at the edge of a long's digits");
        assertEquals(1_000_000_000_000_001L, SieValues.amount("10000000000000.01"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,3,4", "1.234", "0.001", "+100", "12.", ".5", "1 000", "12a", "--5", "-", "1e3",
            "12345678901234567"})
    void whatIsNotAnAmountIsRefusedWithTheToken(String text) {
        SieFormatException e = assertThrows(SieFormatException.class, () -> SieValues.amount(text));
        assertEquals("amount " + text, e.getMessage());
    }

    @Test
    void aMissingAmountSaysSo() {
        assertEquals("missing amount", assertThrows(SieFormatException.class, () -> SieValues.amount("")).getMessage());
    }

    @Test
    void datesArePlainDigits() {
        assertEquals(LocalDate.of(2024, 2, 29), SieValues.date("20240229"));
        assertNull(SieValues.optionalDate(""));
        assertEquals("date 20230229", assertThrows(SieFormatException.class, () -> SieValues.date("20230229")).getMessage());
        assertEquals("date 2024-01-05", assertThrows(SieFormatException.class, () -> SieValues.date("2024-01-05")).getMessage());
        assertEquals("date 2024015", assertThrows(SieFormatException.class, () -> SieValues.date("2024015")).getMessage());
    }

    @Test
    void periodsAndYearNumbers() {
        assertEquals(202401, SieValues.period("202401"));
        assertEquals(202412, SieValues.period(LocalDate.of(2024, 12, 31)));
        assertThrows(SieFormatException.class, () -> SieValues.period("202413"));
        assertThrows(SieFormatException.class, () -> SieValues.period("2024"));
        assertEquals(0, SieValues.yearIndex("0"));
        assertEquals(-2, SieValues.yearIndex("-2"));
        assertThrows(SieFormatException.class, () -> SieValues.yearIndex("x"));
        assertThrows(SieFormatException.class, () -> SieValues.yearIndex("-"));
    }
}
