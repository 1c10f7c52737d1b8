package se.uniplan.plugin.ubw.sie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How one line splits into label and fields. */
class SieTokenizerTest {

    private final SieTokenizer tokenizer = new SieTokenizer();

    @Test
    void quotesAreOptionalAndEscapedQuotesStay() {
        SieRecord record = tokenizer.parse(7, "#konto 1915 \"Kassa \\\"special\\\"\"  extra");
        assertEquals("#KONTO", record.label());
        assertEquals(7, record.line());
        assertEquals("1915", record.text(0));
        assertEquals("Kassa \"special\"", record.text(1));
        assertEquals("extra", record.text(2));
        assertEquals("", record.text(3), "a field the line does not have reads as empty");
        assertNull(record.defect());
    }

    @Test
    void aBackslashBeforeAnythingButAQuoteIsKept() {
        assertEquals("1820\\A012 Cykel", tokenizer.parse(1, "#TRANS 1229 {} -133 20090731 \"1820\\A012 Cykel\"").text(4));
    }

    @Test
    void emptyQuotedFieldsKeepTheirPlace() {
        SieRecord record = tokenizer.parse(1, "#VER \"\" \"\" 20240105 \"Porto\"");
        assertEquals(List.of("", "", "20240105", "Porto"), List.of(record.text(0), record.text(1), record.text(2),
                record.text(3)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"#TRANS 7010 {1 \"100\" 6 \"P 1\"} 10.00", "#TRANS 7010 {\"1\" \"100\" \"6\" \"P 1\"} 10.00",
            "#TRANS 7010 { 1 100   6 \"P 1\" } 10.00", "#TRANS\t7010\t{1\t100\t6\t\"P 1\"}\t10.00",
            "\t#TRANS  7010 {1 \"100\" 6 \"P 1\"}10.00"})
    void objectListsInEverySpelling(String line) {
        SieRecord record = tokenizer.parse(1, line);
        assertEquals(List.of("1", "100", "6", "P 1"), record.objects(1));
        assertEquals("10.00", record.text(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"#TRANS 1910 {} -5.00", "#TRANS 1910 { } -5.00", "#TRANS 1910 {\t} -5.00"})
    void emptyObjectLists(String line) {
        SieRecord record = tokenizer.parse(1, line);
        assertEquals(true, record.isList(1));
        assertEquals(List.of(), record.objects(1));
        assertEquals("-5.00", record.text(2));
    }

    @Test
    void unfinishedQuotesAndListsAreDefects() {
        assertEquals("quote without end", tokenizer.parse(1, "#KONTO 1910 \"Kassa").defect());
        assertEquals("object list without }", tokenizer.parse(1, "#TRANS 1910 {1 \"100\" -5.00").defect());
    }
}
