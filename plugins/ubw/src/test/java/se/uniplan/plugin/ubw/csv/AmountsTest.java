package se.uniplan.plugin.ubw.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

    @ParameterizedTest(name = "[{0}] is {1} öre")
    @CsvSource(delimiter = '|', value = {
        "123.45|12345", "123,45|12345", "-1 234,50|-123450", "1234|123400", "0.5|50", "-0.01|-1",
        "+7|700", " 42.00 |4200", "1\u00a0000\u00a0000,00|100000000", "\u221212.30|-1230",
        "99999999999999.99|9999999999999999"})
    void readsKronorIntoExactOre(String text, long ore) {
        assertEquals(ore, parse(text));
    }

    @ParameterizedTest(name = "[{0}] is not an amount")
    @ValueSource(strings = {"12.345", "1.2.3", "1,234.56", "12a", "1e5", "", "-", ".5", "12.", "1 2 3 .5",
        "--1", "123456789012345678", "12 .50", "12.5 0"})
    void refusesWhatIsNotAnExactAmount(String text) {
        assertEquals(Amounts.INVALID, parse(text));
    }

    private static long parse(String text) {
        char[] chars = ("x" + text + "y").toCharArray();
        return Amounts.ore(chars, 1, chars.length - 1);
    }
}
