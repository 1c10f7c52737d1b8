package se.uniplan.plugin.ubw.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GarblingTest {

    @ParameterizedTest(name = "[{0}] is clean")
    @ValueSource(strings = {"Lön oktober", "Leverantörsfaktura Åhléns", "ÅÄÖ åäö é ü", "Ãbo", "Hyra kvartal 4", ""})
    void leavesSwedishTextAlone(String text) {
        assertEquals(-1, find(text));
    }

    @ParameterizedTest(name = "[{0}] is garbled")
    @ValueSource(strings = {"Lön", "Åhléns", "Öst", "Ärende", "kräva", "överföring", "§ 4"})
    void findsUtf8ReadAsCp1252OrLatin1(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(true, find(new String(utf8, CsvEncoding.WINDOWS_1252)) >= 0);
        assertEquals(true, find(new String(utf8, StandardCharsets.ISO_8859_1)) >= 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"L\uFFFDn", "Åhl\uFFFDns"})
    void findsUndecodableBytes(String text) {
        assertEquals(text.indexOf('\uFFFD'), find(text));
    }

    private static int find(String text) {
        char[] chars = text.toCharArray();
        return Garbling.find(chars, 0, chars.length);
    }
}
