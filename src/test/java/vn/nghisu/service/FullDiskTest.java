package vn.nghisu.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.UnitLevel;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;
import vn.nghisu.store.WriteFailedException;

/**
 * A real full disk (a 16 MB tmpfs mounted for the test): the save fails with a reason the window can put in
 * words, nothing already saved is lost, and once space is freed the same edit is retried and saved.
 * Mounting needs root with CAP_SYS_ADMIN (the build machines have it); elsewhere the test is skipped with a message.
 */
class FullDiskTest {
    @TempDir
    Path mountPoint;
    private boolean mounted;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", mountPoint.toString())
                .redirectErrorStream(true).start();
        String output = new String(mount.getInputStream().readAllBytes());
        mounted = mount.waitFor() == 0;
        if (!mounted) {
            String why = "full-disk test skipped: cannot mount a tmpfs (needs root and CAP_SYS_ADMIN): " + output.strip();
            System.err.println(why);
            Assumptions.abort(why);
        }
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            new ProcessBuilder("umount", mountPoint.toString()).inheritIO().start().waitFor();
        }
    }

    @Test
    void fullDiskIsReportedKeepsWhatWasSavedAndTheRetrySucceedsOnceSpaceIsFree() throws IOException {
        Path dataDir = mountPoint.resolve("data");
        Unit before = unit("Ủy ban nhân dân huyện Lâm Bình");
        Unit during = unit("Ban Dân vận Tỉnh ủy Tuyên Quang");
        try (Database db = Database.open(DatabaseConfig.embedded(dataDir))) {
            SaveGuard guard = new SaveGuard(db);
            guard.saveAndSync(() -> save(db, before));
            Path filler = fill(mountPoint.resolve("filler.bin"));

            WriteFailedException full = assertThrows(WriteFailedException.class,
                    () -> guard.saveAndSync(() -> save(db, during)));
            assertEquals(WriteFailedException.Reason.DISK_FULL, full.reason(), String.valueOf(full.getCause()));

            Files.delete(filler);
            guard.saveAndSync(() -> save(db, during));
        }
        try (Database reopened = Database.open(DatabaseConfig.embedded(dataDir))) {
            assertTrue(reopened.repositories().units().find(before.id()).isPresent(), "saved before the disk filled");
            assertTrue(reopened.repositories().units().find(during.id()).isPresent(), "the retried edit");
        }
    }

    private static Void save(Database db, Unit unit) {
        db.repositories().units().save(unit);
        return null;
    }

    private static Unit unit(String name) {
        return new Unit(null, name, null, null, UnitLevel.HUYEN, null);
    }

    /** Writes until the file system refuses: what is left for the database is nothing. */
    private static Path fill(Path filler) {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException expected) {
            return filler;
        }
    }
}
