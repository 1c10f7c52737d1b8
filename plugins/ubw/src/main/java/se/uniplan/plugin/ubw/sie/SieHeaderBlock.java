package se.uniplan.plugin.ubw.sie;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.uniplan.plugin.api.ledger.LedgerFileHeader;
import se.uniplan.plugin.api.ledger.LedgerFileHeader.Content;
import se.uniplan.plugin.api.ledger.LedgerFileHeader.FiscalYearSpan;

/**
 * The identification block at the head of a SIE file ({@code #FLAGGA #PROGRAM #GEN #SIETYP #FNAMN
 * #RAR} …), collected until the first record of another kind so that the header can be sent once
 * and complete. It also keeps the current fiscal year ({@code #RAR 0}) for the date checks.
 */
final class SieHeaderBlock {

    private static final Set<String> IDENTIFICATION = Set.of("#FLAGGA", "#PROGRAM", "#FORMAT", "#GEN", "#SIETYP",
            "#PROSA", "#FTYP", "#FNR", "#ORGNR", "#BKOD", "#ADRESS", "#FNAMN", "#RAR", "#TAXAR", "#OMFATTN",
            "#KPTYP", "#VALUTA");

    private final String fileName;
    private String program = "";
    private LocalDate generated;
    private String company = "";
    private int sieType;
    private final List<FiscalYearSpan> fiscalYears = new ArrayList<>();

    SieHeaderBlock(String fileName) {
        this.fileName = fileName == null ? "" : fileName;
    }

    /** True for the records of the identification block. */
    static boolean isIdentification(String label) {
        return IDENTIFICATION.contains(label);
    }

    /** Takes in an identification record, reporting what is wrong with it. */
    void accept(SieRecord record, SieOutput out) {
        switch (record.label()) {
            case "#PROGRAM" -> {
                program = (record.text(0) + " " + record.text(1)).trim();
                out.checkGarbled(record.line(), program);
            }
            case "#GEN" -> generated = SieValues.date(record.text(0));
            case "#FNAMN" -> {
                company = record.text(0);
                out.checkGarbled(record.line(), company);
            }
            case "#SIETYP" -> {
                String type = record.text(0);
                if (!type.matches("[1-4]")) {
                    throw new SieFormatException("#SIETYP " + SieValues.shown(type));
                }
                sieType = Integer.parseInt(type);
            }
            case "#RAR" -> {
                FiscalYearSpan year = new FiscalYearSpan(SieValues.yearIndex(record.text(0)),
                        SieValues.date(record.text(1)), SieValues.date(record.text(2)));
                if (year.end().isBefore(year.start())) {
                    throw new SieFormatException("#RAR " + record.text(1) + " " + record.text(2));
                }
                fiscalYears.removeIf(y -> y.index() == year.index());
                fiscalYears.add(year);
            }
            default -> {
                // the rest says nothing the core needs
            }
        }
    }

    /** The SIE type: {@code #SIETYP}, or if the file leaves it out 4 for an import file (.si), else 1. */
    int sieType() {
        if (sieType != 0) {
            return sieType;
        }
        return isImportFile() ? 4 : 1;
    }

    /** The current fiscal year ({@code #RAR 0}) if the file declares it, else null. */
    FiscalYearSpan currentYear() {
        return fiscalYears.stream().filter(y -> y.index() == 0).findFirst().orElse(null);
    }

    LedgerFileHeader build(Charset charset) {
        int type = sieType();
        String format = "SIE " + type + (type == 4 ? (isImportFile() ? "I" : "E") : "");
        Content content = switch (type) {
            case 4 -> Content.TRANSACTIONS;
            case 2, 3 -> Content.PERIOD_BALANCES;
            default -> Content.YEAR_BALANCES;
        };
        List<FiscalYearSpan> newestFirst = new ArrayList<>(fiscalYears);
        newestFirst.sort(Comparator.comparingInt(FiscalYearSpan::index).reversed());
        return new LedgerFileHeader(format, content, charset.name(), program, generated, company, newestFirst);
    }

    /** SIE 4I is the import variant; the specification gives it the extension .SI. */
    private boolean isImportFile() {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".si");
    }
}
