package vn.nghisu.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.UnitLevel;

/** The session appends every save (REUSE_SPACE=FALSE, for crash safety); closing compacts the file again. */
class DatabaseFileSizeTest {
    @TempDir
    Path dir;

    @Test
    void closingCompactsWhatTheAppendingSessionWroteAndKeepsTheData() {
        Unit unit = new Unit(null, "Ủy ban nhân dân huyện Lâm Bình", null, null, UnitLevel.HUYEN, null);
        Path file = DatabaseConfig.embedded(dir).databaseFile();
        Database db = Database.open(DatabaseConfig.embedded(dir));
        for (int i = 0; i < 150; i++) {
            db.repositories().units().save(new Unit(unit.id(), unit.name() + " " + i, null, null, UnitLevel.HUYEN, null));
            db.sync();
        }
        long open = size(file);
        db.close();
        long closed = size(file);
        assertTrue(closed * 3 < open, "open " + open + " bytes, closed " + closed);
        try (Database again = Database.open(DatabaseConfig.embedded(dir))) {
            assertEquals(unit.name() + " 149", again.repositories().units().find(unit.id()).orElseThrow().name());
        }
    }

    @Test
    void closingCompactedRewritesTheFileToItsLiveDataAndKeepsIt() {
        Unit unit = new Unit(null, "Mặt trận Tổ quốc huyện", null, null, UnitLevel.HUYEN, null);
        Path file = DatabaseConfig.embedded(dir).databaseFile();
        Database db = Database.open(DatabaseConfig.embedded(dir));
        for (int i = 0; i < 150; i++) {
            db.repositories().units().save(new Unit(unit.id(), unit.name() + " " + i, null, null, UnitLevel.HUYEN, null));
        }
        db.sync();
        long open = size(file);
        db.closeCompacted();
        db.close();
        long closed = size(file);
        assertTrue(closed * 3 < open, "open " + open + " bytes, closed " + closed);
        try (Database again = Database.open(DatabaseConfig.embedded(dir))) {
            assertEquals(unit.name() + " 149", again.repositories().units().find(unit.id()).orElseThrow().name());
        }
    }

    @Test
    void onlyASessionThatGrewTheFileALotIsCompactedFullyOnClose() {
        long mb = 1L << 20;
        assertTrue(Database.compactFully(16 * mb, 128 * mb), "a search index rebuilt at scale 0.05 (measured)");
        assertTrue(Database.compactFully(320 * mb, 7200 * mb), "the province's index rebuilt (measured)");
        assertFalse(Database.compactFully(16 * mb, 40 * mb), "a day of autosaves");
        assertFalse(Database.compactFully(320 * mb, 500 * mb), "an import into a large database");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
