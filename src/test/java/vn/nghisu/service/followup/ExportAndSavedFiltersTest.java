package vn.nghisu.service.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nghisu.domain.ActionFilter;
import vn.nghisu.domain.ActionStatus;
import vn.nghisu.service.Settings;
import vn.nghisu.service.followup.export.TableExport;

class ExportAndSavedFiltersTest {
    @TempDir
    Path dir;

    @Test
    void xlsxKeepsVietnameseExactly() throws Exception {
        List<String> headers = List.of("Nhiệm vụ", "Đơn vị chủ trì");
        List<List<String>> rows = List.of(List.of("Rà soát đề án vị trí việc làm", "Ủy ban MTTQ huyện Lâm Bình"),
                List.of("Báo cáo công tác tài chính, \"quý I\"", "Tiểu ban Kiểm tra - Giám sát"));
        Path out = dir.resolve("nhiem-vu.xlsx");
        TableExport.xlsx("Nhiệm vụ", headers, rows, out);
        List<List<String>> back = new ArrayList<>();
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals("Nhiệm vụ", book.getSheetAt(0).getSheetName());
            for (Row r : book.getSheetAt(0)) {
                back.add(List.of(r.getCell(0).getStringCellValue(), r.getCell(1).getStringCellValue()));
            }
        }
        assertEquals(headers, back.get(0));
        assertEquals(rows, back.subList(1, back.size()));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    /** A deadline is a date in Excel (sorts and filters as one), and the same dd/MM/yyyy text in the CSV. */
    @Test
    void datesAreDateCellsInTheSpreadsheetAndDayMonthYearInTheCsv() throws Exception {
        List<String> headers = List.of("Nhiệm vụ", "Thời hạn");
        List<List<Object>> rows = List.of(java.util.Arrays.asList("Rà soát đề án", LocalDate.of(2026, 10, 31)),
                java.util.Arrays.asList("Chưa có thời hạn", null));
        Path xlsx = dir.resolve("han.xlsx");
        TableExport.xlsx("Nhiệm vụ", headers, rows, xlsx);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            var cell = book.getSheetAt(0).getRow(1).getCell(1);
            assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, cell.getCellType());
            assertTrue(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell));
            assertEquals(LocalDate.of(2026, 10, 31), cell.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("31/10/2026", new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell));
            assertEquals("", book.getSheetAt(0).getRow(2).getCell(1).getStringCellValue());
        }
        Path csv = dir.resolve("han.csv");
        TableExport.csv(headers, rows, csv);
        assertEquals("\uFEFFNhiệm vụ,Thời hạn\r\nRà soát đề án,31/10/2026\r\nChưa có thời hạn,\r\n", Files.readString(csv));
    }

    @Test
    void csvIsUtf8WithQuotedCommas() throws Exception {
        Path out = dir.resolve("x.csv");
        TableExport.csv(List.of("Nhiệm vụ"), List.of(List.of("Tài chính, ngân sách")), out);
        String text = Files.readString(out);
        assertEquals("\uFEFFNhiệm vụ\r\n\"Tài chính, ngân sách\"\r\n", text);
    }

    @Test
    void savedFiltersSurviveARestart() throws Exception {
        ActionFilter filter = ActionFilter.all().withStatuses(Set.of(ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS))
                .withOwners(Set.of(UUID.randomUUID())).withDeadline(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
                .withOverdueOnly(true).withDueWithin(7).sortedBy(ActionFilter.ActionSort.OWNER, true);
        new SavedFilters(Settings.load(dir)).save("Quá hạn của tôi", filter);
        var back = new SavedFilters(Settings.load(dir)).all();
        assertEquals(filter, back.get("Quá hạn của tôi"));
        new SavedFilters(Settings.load(dir)).remove("Quá hạn của tôi");
        assertTrue(new SavedFilters(Settings.load(dir)).all().isEmpty());
    }
}
