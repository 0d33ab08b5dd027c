package vn.nghisu.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nghisu.domain.Meeting;
import vn.nghisu.store.ConcurrentEditException;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;

/**
 * Two users edit the same meeting through their own services: the later save of a stale version is refused
 * with ConcurrentEditException instead of overwriting, and goes through only when the user chooses to.
 */
class ConcurrentMeetingEditTest {
    @TempDir
    Path dir;
    Database first;
    Database second;

    /** Both users on one embedded database here; the PostgreSQL subclass gives each its own connection pool. */
    Database[] open() {
        Database db = Database.open(DatabaseConfig.embedded(dir));
        return new Database[] {db, db};
    }

    @BeforeEach
    void start() {
        Database[] both = open();
        first = both[0];
        second = both[1];
    }

    @AfterEach
    void stop() {
        if (first == null) {
            return; // skipped before opening (no PostgreSQL)
        }
        first.close();
        if (second != first) {
            second.close();
        }
        closed();
    }

    /** After both databases are closed. */
    void closed() {
    }

    @Test
    void aSaveOverSomeoneElsesNewerSaveIsRefusedNotWritten() {
        MeetingEditorService a = Services.over(first).editor();
        MeetingEditorService b = Services.over(second).editor();
        UUID id = a.create("Làm việc với huyện Lâm Bình", LocalDate.of(2026, 11, 2));
        long readByA = a.version(id);
        Meeting loadedByB = b.load(id).detail().meeting();
        b.save(retitled(loadedByB, "Sửa bởi B"), b.version(id));

        Meeting mineA = retitled(a.load(id).detail().meeting(), "Sửa bởi A");
        ConcurrentEditException conflict = assertThrows(ConcurrentEditException.class, () -> a.save(mineA, readByA));

        assertEquals("Sửa bởi B", title(b, id));
        assertEquals(readByA, conflict.expected());
        long next = a.save(mineA, conflict.actual());
        assertEquals("Sửa bởi A", title(b, id));
        assertEquals(next, b.version(id));
    }

    @Test
    void successiveSavesOfOneUserNeverConflict() {
        MeetingEditorService a = Services.over(first).editor();
        UUID id = a.create("Làm việc với huyện Na Hang", LocalDate.of(2026, 11, 3));
        long version = a.version(id);
        for (String title : new String[] {"Làm việc", "Làm việc với", "Làm việc với huyện"}) {
            version = a.save(retitled(a.load(id).detail().meeting(), title), version);
        }
        assertEquals("Làm việc với huyện", title(a, id));
    }

    private static String title(MeetingEditorService s, UUID id) {
        return s.load(id).detail().meeting().title();
    }

    private static Meeting retitled(Meeting m, String title) {
        return new Meeting(m.id(), title, m.kindId(), m.date(), m.start(), m.end(), m.place(), m.hostUnitId(),
                m.workingGroupId(), m.chairId(), m.secretaryId(), m.status(), m.closingNote());
    }
}
