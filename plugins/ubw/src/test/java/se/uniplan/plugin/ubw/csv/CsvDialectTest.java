package se.uniplan.plugin.ubw.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.uniplan.plugin.ubw.csv.CsvFixture.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.uniplan.plugin.api.ledger.LedgerDimensions;
import se.uniplan.plugin.api.ledger.LedgerLine;

/** The shapes an export takes on its way from UBW: delimiters, quoting, a site's own column names. */
class CsvDialectTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "delimiter [{0}]")
    @ValueSource(strings = {";", ",", "\t"})
    void readsEachDelimiterAndQuotedFieldsThatHoldIt(String delimiter) throws IOException {
        String text = String.join(delimiter, "account", "period", "amount", "voucher_no", "agrtid", "description") + "\n"
                + String.join(delimiter, "4011", "202603", "\"-1 234.50\"", "7", "1", "\"Hyra" + delimiter + " kvartal 4\"") + "\n"
                + String.join(delimiter, "5011", "202603", "10", "7", "2", "Lön") + "\n";
        CsvFixture.Read read = read(new CsvFixture(folder).write("t.csv", text));

        assertEquals(List.of(), read.sink().problems);
        assertEquals("Hyra" + delimiter + " kvartal 4", read.sink().line("1").text());
        assertEquals(-123_450, read.sink().line("1").amount());
        assertEquals("Lön", read.sink().line("2").text());
    }

    @Test
    void keepsQuotedLineBreaksAndQuotesInTheTextAndCountsLinesAcrossThem() throws IOException {
        String text = "account;period;amount;voucher_no;agrtid;description\n"
                + "4011;202603;10;7;1;\"Hyra kvartal 4\nAkademiska Hus; \"\"Ångpannan\"\"\"\n"
                + "4011;202603;-10;7;2;next\n";
        CsvFixture.Read read = read(new CsvFixture(folder).write("t.csv", text));

        assertEquals("Hyra kvartal 4\nAkademiska Hus; \"Ångpannan\"", read.sink().line("1").text());
        assertEquals(2, read.sink().line("1").sourceLine());
        assertEquals(4, read.sink().line("2").sourceLine());
        assertEquals(4, read.summary().linesRead());
    }

    @Test
    void aBrokenQuoteIsAMalformedLine() throws IOException {
        String text = "account;period;amount;voucher_no;agrtid;description\n"
                + "4011;202603;10;7;1;\"Hyra\"x\n4011;202603;-10;7;2;ok\n";
        CsvFixture.Read read = read(new CsvFixture(folder).write("t.csv", text));

        assertEquals(1, read.sink().problems.size());
        assertEquals(2, read.sink().problems.get(0).sourceLine());
        assertEquals(List.of("2"), read.sink().lines.stream().map(LedgerLine::key).toList());
    }

    @Test
    void readsASitesOwnColumnNamesInAnyOrderAndCase() throws IOException {
        String text = "KOMMENTAR;RadId;Belopp;Period;Konto;Verifikat;Serie;Text;Projekt;Kst;Motpart;fiscal_year\n"
                + "fri text;77;99.90;202603;4011;12;GL;Lön;P10001;NT-FYS;INT;2026\n";
        CsvFixture.Read read = read(new CsvFixture(folder).write("t.csv", text), CsvFixture.settings(Map.of(
                "csv.column.agrtid", "radid", "csv.column.amount", "Belopp", "csv.column.period", "Period",
                "csv.column.account", "Konto", "csv.column.voucher_no", "Verifikat", "csv.column.voucher_type", "Serie",
                "csv.column.description", "Text", "csv.dim.project", "Projekt", "csv.dim.cost-centre", "KST",
                "csv.dim.counterpart", "Motpart")));

        assertEquals(List.of(), read.sink().problems);
        assertEquals(new LedgerLine(2, "77", "GL 12", 202603, null, null, "4011",
                new LedgerDimensions("NT-FYS", "P10001", null, null, "INT"), 9_990, "Lön"), read.sink().line("77"));
    }

    @Test
    void aRenamedColumnThatIsMissingIsNamedAsTheSiteNamesIt() throws IOException {
        String text = "Konto;period;amount;voucher_no;agrtid\n4011;202603;1;1;1\n";
        CsvFixture.Read read = read(new CsvFixture(folder).write("t.csv", text),
                CsvFixture.settings(Map.of("csv.column.account", "Kontonummer")));

        assertEquals(List.of("missing column: Kontonummer"), read.sink().problems.stream().map(p -> p.value()).toList());
    }

    @Test
    void aDimensionRoleCanBeMovedToAnotherColumn() throws IOException {
        String text = CsvFixture.HEADER + "\n" + CsvFixture.row("1", "4011", "202603", "1", "a") + "\n";
        CsvFixture.Read read = read(new CsvFixture(folder).write("t.csv", text),
                CsvFixture.settings(Map.of("csv.dim.cost-centre", "dim_2", "csv.dim.project", "dim_1", "csv.dim.funder", "")));

        assertEquals(new LedgerDimensions("P10001", "NT-FYS", "30", null, "EXT-S"), read.sink().line("1").dimensions());
    }
}
