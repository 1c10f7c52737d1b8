package se.uniplan.plugin.ubw.csv;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import se.uniplan.plugin.api.ledger.LedgerFileSummary;
import se.uniplan.plugin.api.ledger.SourceFile;
import se.uniplan.plugin.ubw.UbwSettings;

/** Writes small export files the way other programs do and reads them back with the reader. */
final class CsvFixture {

    static final String HEADER = "client;account;dim_1;dim_2;dim_3;dim_4;dim_5;dim_6;dim_7;period;fiscal_year;amount;"
            + "cur_amount;currency;voucher_no;voucher_type;voucher_date;trans_date;sequence_no;description;agrtid";

    /** What a read gave. */
    record Read(RecordingSink sink, LedgerFileSummary summary) {
    }

    private final Path folder;

    CsvFixture(Path folder) {
        this.folder = folder;
    }

    /** A row with the usual values and the given ones. */
    static String row(String agrtid, String account, String period, String amount, String description) {
        return "NS;" + account + ";NT-FYS;P10001;30;VR;EXT-S;;;" + period + ";2026;" + amount + ";" + amount
                + ";SEK;100234;GL;2026-03-05;2026-03-05 14:23:07.000;1;" + description + ";" + agrtid;
    }

    static UbwSettings settings(Map<String, String> values) {
        return UbwSettings.from(key -> Optional.ofNullable(values.get(key)));
    }

    Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String name, String text, Charset charset, byte... byteOrderMark) throws IOException {
        byte[] body = text.getBytes(charset);
        byte[] bytes = java.util.Arrays.copyOf(byteOrderMark, byteOrderMark.length + body.length);
        System.arraycopy(body, 0, bytes, byteOrderMark.length, body.length);
        return write(name, bytes);
    }

    Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    static Read read(Path file) throws IOException {
        return read(file, UbwSettings.defaults());
    }

    static Read read(Path file, UbwSettings settings) throws IOException {
        RecordingSink sink = new RecordingSink();
        LedgerFileSummary summary = new UbwCsvReader(settings).read(new SourceFile(file.getFileName().toString(), file), sink);
        return new Read(sink, summary);
    }
}
