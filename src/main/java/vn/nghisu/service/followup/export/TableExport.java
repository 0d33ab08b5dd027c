package vn.nghisu.service.followup.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A filtered list as a spreadsheet (XLSX) or CSV file, Vietnamese text kept as typed (NFC, UTF-8). */
public final class TableExport {
    private TableExport() {
    }

    public static void xlsx(String sheetName, List<String> headers, List<List<String>> rows, Path out)
            throws IOException {
        AtomicFiles.write(out, stream -> {
            try (XSSFWorkbook book = new XSSFWorkbook()) {
                Sheet sheet = book.createSheet(sheetName);
                write(sheet.createRow(0), headers);
                for (int i = 0; i < rows.size(); i++) {
                    write(sheet.createRow(i + 1), rows.get(i));
                }
                sheet.createFreezePane(0, 1);
                for (int c = 0; c < headers.size(); c++) {
                    sheet.setColumnWidth(c, 256 * 28);
                }
                book.write(stream);
            }
        });
    }

    /** CSV in UTF-8 with a byte-order mark, which spreadsheet programs need to read Vietnamese correctly. */
    public static void csv(List<String> headers, List<List<String>> rows, Path out) throws IOException {
        AtomicFiles.write(out, stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            line(w, headers);
            for (List<String> row : rows) {
                line(w, row);
            }
            w.flush();
        });
    }

    private static void write(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c) == null ? "" : values.get(c));
        }
    }

    private static void line(Writer w, List<String> values) throws IOException {
        for (int c = 0; c < values.size(); c++) {
            if (c > 0) {
                w.write(',');
            }
            String v = values.get(c) == null ? "" : values.get(c);
            w.write(v.matches(".*[\",\\n\\r].*") ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        w.write("\r\n");
    }
}
