package vn.nghisu.service.followup.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.nghisu.service.followup.ReportDates;

/**
 * A filtered list as a spreadsheet (XLSX) or CSV file, Vietnamese text kept as typed (NFC, UTF-8). A value is text,
 * or a {@link LocalDate}: a real date cell in the spreadsheet (shown dd/mm/yyyy, sorted and filtered as a date), the
 * same dd/MM/yyyy text in the CSV.
 */
public final class TableExport {
    private TableExport() {
    }

    public static void xlsx(String sheetName, List<String> headers, List<? extends List<?>> rows, Path out)
            throws IOException {
        AtomicFiles.write(out, stream -> {
            try (XSSFWorkbook book = new XSSFWorkbook()) {
                Sheet sheet = book.createSheet(sheetName);
                CellStyle date = book.createCellStyle();
                date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
                write(sheet.createRow(0), headers, date);
                for (int i = 0; i < rows.size(); i++) {
                    write(sheet.createRow(i + 1), rows.get(i), date);
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
    public static void csv(List<String> headers, List<? extends List<?>> rows, Path out) throws IOException {
        AtomicFiles.write(out, stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            line(w, headers);
            for (List<?> row : rows) {
                line(w, row);
            }
            w.flush();
        });
    }

    private static void write(Row row, List<?> values, CellStyle dateStyle) {
        for (int c = 0; c < values.size(); c++) {
            Cell cell = row.createCell(c);
            if (values.get(c) instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(dateStyle);
            } else {
                cell.setCellValue(text(values.get(c)));
            }
        }
    }

    /** A value as the CSV (or a plain listing) writes it: a date as dd/MM/yyyy, nothing as "". */
    public static String text(Object value) {
        return value instanceof LocalDate day ? ReportDates.format(day) : value == null ? "" : value.toString();
    }

    private static void line(Writer w, List<?> values) throws IOException {
        for (int c = 0; c < values.size(); c++) {
            if (c > 0) {
                w.write(',');
            }
            String v = text(values.get(c));
            w.write(v.matches(".*[\",\\n\\r].*") ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        w.write("\r\n");
    }
}
