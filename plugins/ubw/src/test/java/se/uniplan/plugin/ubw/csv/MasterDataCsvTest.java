package se.uniplan.plugin.ubw.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.uniplan.plugin.ubw.csv.CsvFixture.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.uniplan.plugin.api.ledger.DimensionRole;
import se.uniplan.plugin.api.ledger.LedgerAccount;
import se.uniplan.plugin.api.ledger.LedgerAccount.AccountType;
import se.uniplan.plugin.api.ledger.LedgerDimensionValue;
import se.uniplan.plugin.api.ledger.LedgerFileHeader;
import se.uniplan.plugin.api.ledger.LedgerProblem;
import se.uniplan.plugin.api.ledger.LedgerProblem.Kind;

/** aglaccounts and agldimvalue: the chart of accounts and the dimension values. */
class MasterDataCsvTest {

    @TempDir
    Path folder;

    @Test
    void readsTheChartOfAccountsWithTypesFromResBalAndTheAccountClass() throws IOException {
        String text = "account;description;account_grp;status;res_bal;period_from;period_to\n"
                + "1930;Bank;19;N;B;202001;209912\n"
                + "2440;Leverantörsskulder;24;N;b;202001;209912\n"
                + "3011;Anslag för utbildning;30;N;R;202001;209912\n"
                + "4011;Löner lärare;40;C;R;202001;202512\n"
                + "5011;Lokalhyror;50;P;R;;\n"
                + "8999;Utan typ;89;;;;\n"
                + "9999;Okänd;99;N;X;;\n";
        CsvFixture.Read read = read(new CsvFixture(folder).write("aglaccounts.csv", text));

        assertEquals(List.of(new LedgerAccount("1930", "Bank", AccountType.ASSET, true, 2),
                new LedgerAccount("2440", "Leverantörsskulder", AccountType.LIABILITY, true, 3),
                new LedgerAccount("3011", "Anslag för utbildning", AccountType.REVENUE, true, 4),
                new LedgerAccount("4011", "Löner lärare", AccountType.COST, false, 5),
                new LedgerAccount("5011", "Lokalhyror", AccountType.COST, false, 6),
                new LedgerAccount("8999", "Utan typ", null, true, 7)), read.sink().accounts);
        assertEquals(List.of(new LedgerProblem(8, Kind.MALFORMED_LINE, "res_bal: X")), read.sink().problems);
        assertEquals(new LedgerFileHeader("UBW aglaccounts CSV", LedgerFileHeader.Content.MASTER_DATA, "UTF-8", "", null, "",
                List.of()), read.sink().header);
        assertEquals(0, read.summary().ledgerLines());
        assertEquals(8, read.summary().linesRead());
    }

    @Test
    void readsTheValuesOfMappedAttributesOnly() throws IOException {
        String text = "attribute_id,dim_value,description,rel_value,status,period_from,period_to\n"
                + "C1,NT,Fakulteten för naturvetenskap,,N,,\n"
                + "C1,NT-FYS,Avdelningen för fysik,NT,N,,\n"
                + "C2,P10001,\"Projekt, fysik\",NT-FYS,C,,\n"
                + "c3,30,Forskning,,N,,\n"
                + "Z9,X,Ett attribut som ingen roll har,,N,,\n"
                + "C4,VR,Vetenskapsrådet,,N,,\n"
                + "C5,EXT-S,Extern statlig,,,,\n";
        CsvFixture.Read read = read(new CsvFixture(folder).write("agldimvalue.csv", text));

        assertEquals(List.of(new LedgerDimensionValue(DimensionRole.COST_CENTRE, "NT", "Fakulteten för naturvetenskap", null, true, 2),
                new LedgerDimensionValue(DimensionRole.COST_CENTRE, "NT-FYS", "Avdelningen för fysik", "NT", true, 3),
                new LedgerDimensionValue(DimensionRole.PROJECT, "P10001", "Projekt, fysik", "NT-FYS", false, 4),
                new LedgerDimensionValue(DimensionRole.ACTIVITY_TYPE, "30", "Forskning", null, true, 5),
                new LedgerDimensionValue(DimensionRole.FUNDER, "VR", "Vetenskapsrådet", null, true, 7),
                new LedgerDimensionValue(DimensionRole.COUNTERPART, "EXT-S", "Extern statlig", null, true, 8)),
                read.sink().values);
        assertEquals(List.of(), read.sink().problems);
        assertEquals("UBW agldimvalue CSV", read.sink().header.format());
    }

    @Test
    void theSiteSaysWhichAttributeHoldsWhichRole() throws IOException {
        String text = "attribute_id;dim_value;description\nB0;P1;Projekt ett\nC1;NT;Fakultet\nA1;NT-FYS;Fysik\n";
        CsvFixture.Read read = read(new CsvFixture(folder).write("agldimvalue.csv", text),
                CsvFixture.settings(Map.of("csv.attribute.project", "B0", "csv.attribute.cost-centre", "A1")));

        assertEquals(List.of(DimensionRole.PROJECT + " P1", DimensionRole.COST_CENTRE + " NT-FYS"),
                read.sink().values.stream().map(v -> v.role() + " " + v.code()).toList());
    }

    @Test
    void garbledNamesAndEmptyCodesAreReported() throws IOException {
        String text = "attribute_id;dim_value;description\nC1;NT-FYS;Avdelningen fÃ¶r fysik\nC1;;Utan kod\n";
        CsvFixture.Read read = read(new CsvFixture(folder).write("agldimvalue.csv", text));

        assertEquals(List.of(new LedgerProblem(2, Kind.GARBLED_ENCODING, "description: …ngen fÃ¶r fysi…"),
                new LedgerProblem(3, Kind.MALFORMED_LINE, "dim_value: ")), read.sink().problems);
    }
}
