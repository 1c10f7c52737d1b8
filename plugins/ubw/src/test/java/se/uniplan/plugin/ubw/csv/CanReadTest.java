package se.uniplan.plugin.ubw.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.uniplan.plugin.ubw.UbwSettings;

/** Which files the CSV reader claims, judged by name and first line only. */
class CanReadTest {

    private final UbwCsvReader reader = new UbwCsvReader(UbwSettings.defaults());

    @ParameterizedTest(name = "{0} with [{1}] → {2}")
    @CsvSource(delimiter = '|', value = {
        "agltransact.csv|client;account;period;amount;voucher_no;agrtid;description|true",
        "AGLTRANSACT.TXT|Account,Period,Amount,Agrtid|true",
        "export.tsv|account\tperiod\tamount\tagrtid|true",
        "agltransact.csv|account;period;amount;voucher_no|true",
        "aglaccounts.csv|account;description;account_grp;status;res_bal;period_from;period_to|true",
        "agldimvalue.csv|attribute_id;dim_value;description;rel_value;status|true",
        "agltransact.xlsx|account;period;amount;agrtid|false",
        "ledger.se|account;period;amount;agrtid|false",
        "kurser.csv|Kurskod;Kurs;Omfattning;Enhet|false",
        "half.csv|account;description;status|false",
        "sie.csv|#FLAGGA 0|false"})
    void claimsUbwTableExportsOnly(String name, String firstLine, boolean claimed) {
        byte[] head = (firstLine + "\n4011;202603;1;1\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(claimed, reader.canRead(name, head));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-16LE", "UTF-8", "windows-1252"})
    void readsTheHeadInItsEncoding(String charset) {
        byte[] bom = charset.equals("UTF-16LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                : charset.equals("UTF-8") ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF} : new byte[0];
        byte[] text = "account;period;amount;agrtid;description\n4011;202603;1;1;Lön\n".getBytes(java.nio.charset.Charset.forName(charset));
        byte[] head = java.util.Arrays.copyOf(bom, bom.length + text.length);
        System.arraycopy(text, 0, head, bom.length, text.length);
        assertEquals(true, reader.canRead("t.csv", head));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Konto;Period;Belopp;RadId|true", "account;period;amount;agrtid|false"})
    void knowsTheSitesColumnNames(String firstLine, boolean claimed) {
        UbwCsvReader renamed = new UbwCsvReader(CsvFixture.settings(Map.of("csv.column.account", "Konto",
                "csv.column.amount", "Belopp", "csv.column.agrtid", "RadId", "csv.column.period", "PERIOD")));
        assertEquals(claimed, renamed.canRead("t.csv", (firstLine + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @CsvSource({"''", "no-such-charset"})
    void neverThrows(String encoding) {
        UbwCsvReader odd = new UbwCsvReader(CsvFixture.settings(Map.of("csv.encoding", encoding)));
        assertEquals(encoding.isEmpty(), odd.canRead("t.csv", "account;period;amount;agrtid".getBytes(StandardCharsets.UTF_8)));
        assertEquals(false, reader.canRead("t.csv", new byte[0]));
    }
}
