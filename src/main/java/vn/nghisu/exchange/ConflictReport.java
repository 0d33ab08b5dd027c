package vn.nghisu.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The conflict report as plain text the user can save and send to the office: records named by their kind and the
 * fields that differ by their label, in the reader's language (the update times are on the line already).
 */
public final class ConflictReport {
    private ConflictReport() {
    }

    public static String text(ImportReport report, Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle("i18n.exchange", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        StringBuilder out = new StringBuilder(b.getString("exchange.report.title")).append('\n');
        out.append(MessageFormat.format(b.getString("exchange.import.preview"), report.added(), report.updated(),
                report.unchanged(), report.conflicts().size())).append("\n\n");
        if (report.conflicts().isEmpty()) {
            out.append(b.getString("exchange.report.none")).append('\n');
        }
        for (ImportReport.Conflict c : report.conflicts()) {
            out.append(MessageFormat.format(b.getString("exchange.report.line"), kind(b, c.table()), c.id(), c.localUpdatedAt(),
                    c.packageUpdatedAt(), b.getString("exchange.winner." + c.winner()), fields(b, c.columns())))
                    .append('\n');
        }
        return out.toString();
    }

    /** "Nhiệm vụ" for action_item: the bundle's name of the table's records, the table itself if it has none. */
    static String kind(ResourceBundle b, String table) {
        return label(b, "exchange.table.", table);
    }

    /** "tiêu đề, thời hạn" for title, deadline; updated_at left out, as both update times are on the line. */
    static String fields(ResourceBundle b, List<String> columns) {
        return columns.stream().filter(c -> !"updated_at".equals(c)).map(c -> label(b, "exchange.column.", c))
                .collect(Collectors.joining(", "));
    }

    private static String label(ResourceBundle b, String prefix, String name) {
        return b.containsKey(prefix + name) ? b.getString(prefix + name) : name;
    }

    /** Saves the report atomically (UTF-8). */
    public static void save(ImportReport report, Locale locale, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text(report, locale), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
