package vn.nghisu.minutes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    private static final byte[] GOOD = "bản cũ, còn tốt".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    @Test
    void successfulWriteReplacesTheFileAndLeavesNoTemp() throws IOException {
        Path target = folder.resolve("bien-ban.pdf");
        Files.write(target, GOOD);
        AtomicFileWriter.write(target, out -> out.write(new byte[] {1, 2, 3}));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void writerFailingMidwayLeavesTheOldFileUntouched() throws IOException {
        Path target = folder.resolve("bien-ban.pdf");
        Files.write(target, GOOD);
        ExportFailedException failure = assertThrows(ExportFailedException.class,
                () -> AtomicFileWriter.write(target, out -> {
                    out.write(new byte[4096]);
                    throw new IOException("No space left on device");
                }));
        assertArrayEquals(GOOD, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
        assertTrue(failure.getMessage().contains("ổ đĩa đã đầy"), failure.getMessage());
        assertTrue(failure.getMessage().contains("Could not write"), failure.getMessage());
    }

    @Test
    void rendererCrashingLeavesTheOldFileUntouched() throws IOException {
        Path target = folder.resolve("bien-ban.pdf");
        Files.write(target, GOOD);
        MinutesRenderer crashing = new MinutesRenderer() {
            @Override
            public void render(MinutesDocument doc, DocumentProfile profile, java.io.OutputStream out)
                    throws IOException {
                out.write(GOOD, 0, 3);
                throw new IllegalStateException("layout bug");
            }

            @Override
            public String extension() {
                return "pdf";
            }
        };
        assertThrows(ExportFailedException.class,
                () -> crashing.export(SampleMinutes.document(), DocumentProfiles.state(), target));
        assertArrayEquals(GOOD, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void missingFolderIsReportedInVietnameseAndEnglish() {
        Path target = folder.resolve("khong-co").resolve("bien-ban.pdf");
        ExportFailedException failure = assertThrows(ExportFailedException.class,
                () -> AtomicFileWriter.write(target, out -> out.write(GOOD)));
        assertTrue(failure.getMessage().startsWith("Không ghi được tệp bien-ban.pdf (thư mục không tồn tại)"),
                failure.getMessage());
        assertTrue(Files.notExists(target));
    }

    @Test
    void failedFinalMoveLeavesNoTempBehind() throws IOException {
        Path target = folder.resolve("bien-ban.pdf");
        Files.createDirectory(target);
        Files.write(target.resolve("inside.txt"), GOOD);
        assertThrows(ExportFailedException.class, () -> AtomicFileWriter.write(target, out -> out.write(GOOD)));
        assertArrayEquals(GOOD, Files.readAllBytes(target.resolve("inside.txt")));
        assertEquals(List.of(target), files());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.toList();
        }
    }
}
