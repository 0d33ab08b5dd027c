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
        savedThenClosed(Database::close);
    }

    @Test
    void closingCompactedRewritesTheFileToItsLiveDataAndKeepsIt() {
        savedThenClosed(Database::closeCompacted);
    }

    /** 150 acknowledged saves of one unit (one fsync each), then the close under test: a third of the size or less. */
    private void savedThenClosed(java.util.function.Consumer<Database> closing) {
        Unit unit = new Unit(null, "Ủy ban nhân dân huyện Lâm Bình", null, null, UnitLevel.HUYEN, null);
        Path file = DatabaseConfig.embedded(dir).databaseFile();
        Database db = Database.open(DatabaseConfig.embedded(dir));
        for (int i = 0; i < 150; i++) {
            db.repositories().units().save(new Unit(unit.id(), unit.name() + " " + i, null, null, UnitLevel.HUYEN, null));
            db.sync();
        }
        long open = size(file);
        closing.accept(db);
        db.close();
        long closed = size(file);
        assertTrue(closed * 3 < open, "open " + open + " bytes, closed " + closed);
        try (Database again = Database.open(DatabaseConfig.embedded(dir))) {
            assertEquals(unit.name() + " 149", again.repositories().units().find(unit.id()).orElseThrow().name());
        }
    }

    @Test
    void onlyAFileMostlyOfDeadChunksIsCompactedFullyOnClose() {
        long mb = 1L << 20;
        assertTrue(Database.compactFully(7200 * mb, 6), "the province after a killed index rebuild (measured)");
        assertFalse(Database.compactFully(366 * mb, 93), "1,000 autosaves on the province (measured)");
        assertFalse(Database.compactFully(20 * mb, 10), "small files: H2's own compaction is enough");
    }

    @Test
    void aSearchIndexRebuildDoesNotLeaveTheFileBloated() {
        Path file = DatabaseConfig.embedded(dir).databaseFile();
        Database db = Database.open(DatabaseConfig.embedded(dir));
        db.inTransaction(r -> {
            for (int i = 0; i < 3000; i++) {
                r.units().save(new Unit(null, "Ủy ban nhân dân xã Thượng Lâm số " + i + " huyện Lâm Bình tỉnh Tuyên Quang",
                        null, null, UnitLevel.XA, null));
            }
            return null;
        });
        SearchIndex index = new SearchIndex(db.dsl());
        for (int i = 0; i < 8 && size(file) < (80L << 20); i++) {
            index.rebuild();
        }
        long open = size(file);
        db.close();
        long closed = size(file);
        assertTrue(open > (64L << 20), "the rebuilds appended " + open + " bytes");
        assertTrue(closed * 4 < open, "open " + open + " bytes, closed " + closed);
        try (Database again = Database.open(DatabaseConfig.embedded(dir))) {
            assertEquals(3000, again.dsl().fetchCount(vn.nghisu.store.generated.Tables.UNIT));
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
