package vn.nghisu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowUpCliTest {

    @Test
    void searchFindsTheSampleWithoutDiacritics(@TempDir Path dir) {
        String db = dir.resolve("db").toString();
        assertEquals(0, CliTest.run("demo", "--db", db).code());
        CliTest.Run r = CliTest.run("search", "--db", db, "lam", "binh");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("meeting\t") && l.contains("Lâm Bình")), r.out());
        assertEquals(1, CliTest.run("search", "--db", db, "khong co gi ca").code());
    }

    @Test
    void actionsExportToXlsxWithVietnameseHeaders(@TempDir Path dir) throws Exception {
        String db = dir.resolve("db").toString();
        CliTest.run("demo", "--db", db);
        Path out = dir.resolve("nv.xlsx");
        CliTest.Run r = CliTest.run("actions", "--db", db, "--format", "xlsx", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals("Nhiệm vụ", book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            assertEquals(5, book.getSheetAt(0).getPhysicalNumberOfRows());
        }
        CliTest.Run unknown = CliTest.run("actions", "--db", db, "--owner", "Không có đơn vị này");
        assertEquals(CliErrors.EXIT_REFUSED, unknown.code());
        assertTrue(unknown.err().contains("Không có đơn vị"), unknown.err());
    }

    @Test
    void reportIsWrittenOrRefusedPlainly(@TempDir Path dir) {
        String db = dir.resolve("db").toString();
        CliTest.run("demo", "--db", db);
        Path out = dir.resolve("bc.docx");
        CliTest.Run ok = CliTest.run("report", "--db", db, "--from", "2026-01-01", "--to", "2026-12-31", "--body",
                "Ban Thường vụ Tỉnh ủy", "--format", "docx", "--out", out.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(Files.isRegularFile(out));
        CliTest.Run bad = CliTest.run("report", "--db", db, "--from", "2026-13-01", "--to", "2026-12-31", "--body",
                "x", "--format", "pdf", "--out", dir.resolve("x.pdf").toString());
        assertEquals(CliErrors.EXIT_REFUSED, bad.code());
        assertTrue(bad.err().contains("Ngày không hợp lệ"), bad.err());
    }
}
