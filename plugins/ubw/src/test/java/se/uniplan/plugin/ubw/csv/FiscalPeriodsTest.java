package se.uniplan.plugin.ubw.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalPeriodsTest {

    @ParameterizedTest(name = "start {0}: {1} in {2} is {3}")
    @CsvSource({
        "1,202601,2026,true", "1,202612,2026,true", "1,202600,2026,true", "1,202613,2026,true",
        "1,202512,2026,false", "1,202701,2026,false", "1,202614,2026,false", "1,202699,-1,false", "1,202613,-1,true",
        "7,202607,2026,true", "7,202612,2026,true", "7,202701,2026,true", "7,202706,2026,true",
        "7,202606,2026,false", "7,202707,2026,false", "7,202600,2026,true", "7,202613,2026,true",
        "7,202700,2026,false", "7,202713,2026,false", "7,202601,2026,false"})
    void placesPeriodsInTheirFiscalYear(int start, int period, int fiscalYear, boolean inside) {
        assertEquals(inside, new FiscalPeriods(start).contains(period, fiscalYear));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"7|202606|2026|period: 202606, fiscal year 2026: 202607–202706",
        "1|202701|2026|period: 202701, fiscal year 2026: 202601–202612"})
    void namesTheSpanItExpected(int start, int period, int fiscalYear, String value) {
        assertEquals(value, new FiscalPeriods(start).describe(period, fiscalYear));
    }
}
