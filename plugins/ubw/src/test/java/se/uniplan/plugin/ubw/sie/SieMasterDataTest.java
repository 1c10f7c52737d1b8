package se.uniplan.plugin.ubw.sie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.uniplan.plugin.ubw.sie.SieFiles.HEAD;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.uniplan.plugin.api.ledger.DimensionRole;
import se.uniplan.plugin.api.ledger.LedgerAccount;
import se.uniplan.plugin.api.ledger.LedgerAccount.AccountType;
import se.uniplan.plugin.api.ledger.LedgerBalance;
import se.uniplan.plugin.api.ledger.LedgerBalance.Kind;
import se.uniplan.plugin.api.ledger.LedgerDimensionValue;
import se.uniplan.plugin.api.ledger.LedgerDimensions;
import se.uniplan.plugin.api.ledger.LedgerLine;

/** The chart of accounts, the dimensions and their objects, and the balances. */
class SieMasterDataTest {

    @TempDir
    Path dir;

    @Test
    void accountsComeOnceWithTheTypeGivenAfterThem() {
        SieFiles.Read read = new SieFiles(dir).read("a.se", HEAD + """
                #KONTO 1910 Kassa
                #KONTO 2440 "Leverantörsskulder"
                #KONTO 3010 "Försäljning"
                #KONTO 4010 Inköp
                #SRU 1910 7281
                #KTYP 1910 T
                #KTYP 2440 S
                #KTYP 3010 I
                #KTYP 4010 K
                #KONTO 1910 "Kassa igen"
                #KONTO 7010 Löner
                #IB 0 1910 100.00
                #KONTO 1910 "Kassa en tredje gång"
                #KTYP 7010 K
                """);
        assertEquals(List.of(new LedgerAccount("1910", "Kassa igen", AccountType.ASSET, true, 17),
                new LedgerAccount("2440", "Leverantörsskulder", AccountType.LIABILITY, true, 9),
                new LedgerAccount("3010", "Försäljning", AccountType.REVENUE, true, 10),
                new LedgerAccount("4010", "Inköp", AccountType.COST, true, 11),
                new LedgerAccount("7010", "Löner", null, true, 18)), read.sink().accounts,
                "a #KTYP after the block has ended comes too late to give a type");
        int accountsEnd = read.sink().events.indexOf(read.sink().accounts.get(4));
        assertTrue(read.sink().events.get(accountsEnd + 1) instanceof LedgerBalance, "accounts before the balances");
    }

    @Test
    void objectsOfMappedDimensionsOnly() {
        SieFiles.Read read = new SieFiles(dir).read("a.se", HEAD + """
                #DIM 1 "Kostnadsställe"
                #DIM 6 "Projekt"
                #DIM 7 "Anställd"
                #UNDERDIM 61 "Delprojekt" 6
                #OBJEKT 1 "NT-FYS" "Fysik"
                #OBJEKT 6 P01 "Forskning"
                #OBJEKT 7 "23" "En anställd"
                #OBJEKT 61 "P0101" "Del"
                #VER A 1 20240105 "x"
                {
                #TRANS 4010 {1 "NT-FYS" 7 "23" 61 "P0101"} 10.00
                #TRANS 4010 {6 "P01" 1 "NT-FYS"} -10.00
                }
                """);
        assertEquals(List.of(new LedgerDimensionValue(DimensionRole.COST_CENTRE, "NT-FYS", "Fysik", null, true, 12),
                new LedgerDimensionValue(DimensionRole.PROJECT, "P01", "Forskning", null, true, 13)),
                read.sink().dimensionValues);
        assertEquals(List.of(new LedgerDimensions("NT-FYS", null, null, null, null),
                new LedgerDimensions("NT-FYS", "P01", null, null, null)),
                read.sink().lines.stream().map(LedgerLine::dimensions).toList());
    }

    @Test
    void aSubDimensionThatItMapsSitsUnderItsSuperDimension() {
        SieFiles.Read read = new SieFiles(dir).with("sie.dim.project", "6, 61", "sie.dim.funder", "20")
                .read("a.se", HEAD + """
                #DIM 6 "Projekt"
                #UNDERDIM 61 "Delprojekt" 6
                #DIM 20 "Finansiär"
                #OBJEKT 6 P01 "Forskning"
                #OBJEKT 61 "P0101" "Del ett"
                #OBJEKT 61 "X9" "Utan förälder"
                #OBJEKT 20 "VR" "Vetenskapsrådet"
                #VER A 1 20240105 "x"
                {
                #TRANS 4010 {1 "NT-FYS" 61 "P0101" 6 "P01" 20 VR} 10.00
                #TRANS 4010 {61 "X9"} -10.00
                }
                """);
        assertEquals(List.of(new LedgerDimensionValue(DimensionRole.PROJECT, "P01", "Forskning", null, true, 11),
                new LedgerDimensionValue(DimensionRole.PROJECT, "P0101", "Del ett", "P01", true, 12),
                new LedgerDimensionValue(DimensionRole.PROJECT, "X9", "Utan förälder", null, true, 13),
                new LedgerDimensionValue(DimensionRole.FUNDER, "VR", "Vetenskapsrådet", null, true, 14)),
                read.sink().dimensionValues);
        assertEquals(List.of(new LedgerDimensions("NT-FYS", "P0101", null, "VR", null),
                new LedgerDimensions(null, "X9", null, null, null)),
                read.sink().lines.stream().map(LedgerLine::dimensions).toList(),
                "the sub-project is the more specific of the two projects on the line");
    }

    @Test
    void balancesOfEveryKind() {
        SieFiles.Read read = new SieFiles(dir).read("a.se", HEAD.replace("#RAR 0", "#RAR -1 20230101 20231231\n#RAR 0") + """
                #IB 0 1910 23780.78
                #UB -1 1910 23780.78 12
                #RES 0 3010 -1243.50
                #PSALDO 0 202408 1910 { } 1243.50 123
                #PSALDO 0 202409 5010 {1 "0123"} 3411.80
                #PBUDGET 0 202401 3011 {} -1243.50 -415
                #OIB 0 1510 {1 "12345"} 23780.78
                #OUB 0 1510 {1 "12345"} -0.5
                """);
        LedgerDimensions cc = new LedgerDimensions("0123", null, null, null, null);
        LedgerDimensions cc2 = new LedgerDimensions("12345", null, null, null, null);
        assertEquals(List.of(new LedgerBalance(9, Kind.OPENING, 0, 0, "1910", LedgerDimensions.NONE, 2_378_078),
                new LedgerBalance(10, Kind.CLOSING, -1, 0, "1910", LedgerDimensions.NONE, 2_378_078),
                new LedgerBalance(11, Kind.RESULT, 0, 0, "3010", LedgerDimensions.NONE, -124_350),
                new LedgerBalance(12, Kind.PERIOD_CHANGE, 0, 202408, "1910", LedgerDimensions.NONE, 124_350),
                new LedgerBalance(13, Kind.PERIOD_CHANGE, 0, 202409, "5010", cc, 341_180),
                new LedgerBalance(14, Kind.PERIOD_BUDGET, 0, 202401, "3011", LedgerDimensions.NONE, -124_350),
                new LedgerBalance(15, Kind.OBJECT_OPENING, 0, 0, "1510", cc2, 2_378_078),
                new LedgerBalance(16, Kind.OBJECT_CLOSING, 0, 0, "1510", cc2, -50)), read.sink().balances);
        assertEquals(List.of(), read.problems());
        assertEquals(2, read.sink().header().fiscalYears().size());
        assertEquals(0, read.sink().header().fiscalYears().get(0).index(), "newest year first");
    }

    @Test
    void aBalanceBrokenDownByAnUnmappedDimensionIsLeftOut() {
        // dimension 7 is not mapped: {7 "4"} is one employee's part, not the account's whole movement
        SieFiles.Read read = new SieFiles(dir).read("a.se", HEAD.replace("#SIETYP 4", "#SIETYP 3") + """
                #PSALDO 0 202401 3041 {} -100.00
                #PSALDO 0 202401 3041 {7 "4"} -60.00
                #PSALDO 0 202401 3041 {1 "Nord" 7 "4"} -60.00
                #PSALDO 0 202401 3041 {1 "Nord"} -70.00
                #OUB 0 1510 {8 "K1"} 5.00
                """);
        assertEquals(List.of(8L, 11L), read.sink().balances.stream().map(LedgerBalance::sourceLine).toList());
    }

    @Test
    void aSie2ReaderIgnoresPeriodBalancesWithObjects() {
        SieFiles.Read read = new SieFiles(dir).read("a.se", HEAD.replace("#SIETYP 4", "#SIETYP 2") + """
                #PSALDO 0 202401 3041 {} -100.00
                #PSALDO 0 202401 3041 {1 "Nord"} -70.00
                #PBUDGET 0 202401 3041 {1 "Nord"} -70.00
                """);
        assertEquals(List.of(8L), read.sink().balances.stream().map(LedgerBalance::sourceLine).toList());
    }
}
