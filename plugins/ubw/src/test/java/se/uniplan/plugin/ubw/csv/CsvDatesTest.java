package se.uniplan.plugin.ubw.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvDatesTest {

    private final CsvDates dates = new CsvDates();

    @ParameterizedTest(name = "[{0}] is 2026-03-05")
    @ValueSource(strings = {"2026-03-05", "20260305", "2026-03-05 00:00:00", "2026-03-05 14:23:07.000",
        "2026-03-05T14:23:07", "2026-03-05 14:23", " 2026-03-05 ", "2026-03-05 23:59:59.1234567"})
    void readsTheFormatsUbwWrites(String text) {
        assertEquals(LocalDate.of(2026, 3, 5), parse(text));
    }

    @ParameterizedTest(name = "[{0}] is not a date")
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "05.03.2026", "2026-3-5", "202603051", "2026-03-05 1:2",
        "2026-03-05 14:23:07.", "2026-03-05x14:23", "abcdefgh", "2026-00-10"})
    void refusesWhatIsNotADate(String text) {
        assertSame(CsvDates.INVALID, parse(text));
    }

    @Test
    void anEmptyFieldIsNoDate() {
        assertNull(parse("  "));
    }

    @Test
    void aRepeatedDateIsTheSameInstance() {
        assertSame(parse("2026-03-05"), parse("2026-03-05 10:00:00"));
    }

    private LocalDate parse(String text) {
        char[] chars = (";" + text + ";").toCharArray();
        return dates.parse(chars, 1, chars.length - 1);
    }
}
