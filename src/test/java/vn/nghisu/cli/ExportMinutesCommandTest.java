package vn.nghisu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportMinutesCommandTest {
    private static final String SUBJECT = "Làm việc với huyện Lâm Bình";
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void demo() {
        db = dir.resolve("db");
        assertEquals(0, CliTest.run("demo", "--db", db.toString()).code());
    }

    @Test
    void exportsTheLatestMeetingAsPdf() throws Exception {
        Path out = dir.resolve("bb.pdf");
        CliTest.Run r = CliTest.run("export-minutes", "--db", db.toString(), "--latest", "--format", "pdf",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains(SUBJECT) && text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
        }
    }

    @Test
    void exportsAMeetingByIdAsDocxInThePartyTemplate() throws Exception {
        String id = CliTest.run("demo", "--db", db.toString()).out().lines().findFirst().orElseThrow()
                .replaceAll(".*: ", "").strip();
        Path out = dir.resolve("bb.docx");
        CliTest.Run r = CliTest.run("export-minutes", "--db", db.toString(), "--meeting", id, "--format", "DOCX",
                "--out", out.toString(), "--profile", "party");
        assertEquals(0, r.code(), r.err());
        try (InputStream in = Files.newInputStream(out); XWPFDocument word = new XWPFDocument(in);
             XWPFWordExtractor text = new XWPFWordExtractor(word)) {
            assertTrue(text.getText().contains("ĐẢNG CỘNG SẢN VIỆT NAM"));
            assertTrue(text.getText().contains(SUBJECT));
        }
    }

    @Test
    void unknownMeetingIsRefusedInBothLanguagesAndWritesNothing() {
        Path out = dir.resolve("none.pdf");
        CliTest.Run r = CliTest.run("export-minutes", "--db", db.toString(), "--meeting", UUID.randomUUID().toString(),
                "--format", "pdf", "--out", out.toString());
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("Không tìm thấy cuộc họp") && r.err().contains("no meeting with id"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void badFormatIsRefused() {
        CliTest.Run r = CliTest.run("export-minutes", "--db", db.toString(), "--latest", "--format", "odt",
                "--out", dir.resolve("x.odt").toString());
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("--format"), r.err());
    }

    @Test
    void missingFolderGivesAClearMessageInBothLanguages() {
        Path out = dir.resolve("no-such-folder").resolve("bb.pdf");
        CliTest.Run r = CliTest.run("export-minutes", "--db", db.toString(), "--latest", "--format", "pdf",
                "--out", out.toString());
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("thư mục không tồn tại") && r.err().contains("Could not write"), r.err());
        assertFalse(Files.exists(out.getParent()));
    }

    @Test
    void failedMoveLeavesTheTargetAsItWasAndNoTempFile() throws Exception {
        Path target = Files.createDirectory(dir.resolve("bb.pdf"));
        Files.writeString(target.resolve("keep.txt"), "old");
        CliTest.Run r = CliTest.run("export-minutes", "--db", db.toString(), "--latest", "--format", "pdf",
                "--out", target.toString());
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("Không ghi được tệp bb.pdf"), r.err());
        assertEquals("old", Files.readString(target.resolve("keep.txt")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("bb.pdf", "db"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
