package se.uniplan.web.it;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import se.uniplan.ledger.LedgerLoad;
import se.uniplan.plugin.api.ledger.LedgerProblem;
import se.uniplan.web.Messages;

/**
 * A load's error report as a CSV file that Excel opens as it is: UTF-8 with a byte-order mark,
 * semicolons, one row per problem with the file, the line, the reason and the value.
 */
public final class LedgerReport {

    private LedgerReport() {
    }

    public static String fileName(LedgerLoad load) {
        return "inlasning-" + load.getId() + "-fel.csv";
    }

    public static byte[] csv(LedgerLoad load, List<LedgerProblem> problems, Locale locale) {
        StringBuilder out = new StringBuilder("\uFEFF");
        row(out, Messages.text(locale, "ledger.report.file"), Messages.text(locale, "ledger.report.line"),
                Messages.text(locale, "ledger.report.reason"), Messages.text(locale, "ledger.report.value"));
        for (LedgerProblem p : problems) {
            row(out, load.getFileName(), p.sourceLine() == 0 ? "" : Long.toString(p.sourceLine()),
                    Messages.text(locale, "ledger.problem." + p.kind().name()), p.value());
        }
        if (load.getProblemCount() > problems.size()) {
            row(out, load.getFileName(), "", Messages.text(locale, "ledger.report.more",
                    load.getProblemCount() - problems.size()), "");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static void row(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(';');
            }
            String f = fields[i] == null ? "" : fields[i];
            if (f.indexOf(';') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0) {
                out.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                out.append(f);
            }
        }
        out.append("\r\n");
    }
}
