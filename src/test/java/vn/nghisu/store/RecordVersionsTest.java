package vn.nghisu.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nghisu.domain.Directive;
import vn.nghisu.domain.Meeting;
import vn.nghisu.domain.MeetingStatus;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.UnitLevel;
import vn.nghisu.store.generated.Tables;

/** Optimistic checks on row_version: an edit over someone else's newer save is refused, never silently written. */
class RecordVersionsTest extends StoreTestBase {

    private UUID unit(String name) {
        Unit unit = new Unit(null, name, null, null, UnitLevel.HUYEN, null);
        repos.units().save(unit);
        return unit.id();
    }

    @Test
    void editOverAnotherUsersSaveIsDetected() {
        UUID id = unit("Huyện Lâm Bình");
        RecordVersions versions = new RecordVersions(db.dsl());
        long readByMe = versions.current("unit", id).orElseThrow();
        repos.units().save(new Unit(id, "Huyện Lâm Bình (người khác sửa)", null, null, UnitLevel.HUYEN, null));
        ConcurrentEditException e = assertThrows(ConcurrentEditException.class, () -> db.inTransaction(r -> {
            new RecordVersions(db.dsl()).expect("unit", id, readByMe);
            r.units().save(new Unit(id, "Bản của tôi", null, null, UnitLevel.HUYEN, null));
            return null;
        }));
        assertEquals(readByMe + 1, e.actual());
        assertEquals("Huyện Lâm Bình (người khác sửa)", repos.units().find(id).orElseThrow().name());
    }

    @Test
    void editFromTheCurrentVersionIsSaved() {
        UUID id = unit("Xã Thượng Lâm");
        long now = new RecordVersions(db.dsl()).current("unit", id).orElseThrow();
        db.inTransaction(r -> {
            new RecordVersions(db.dsl()).expect("unit", id, now);
            r.units().save(new Unit(id, "Xã Thượng Lâm mới", null, null, UnitLevel.XA, null));
            return null;
        });
        assertEquals("Xã Thượng Lâm mới", repos.units().find(id).orElseThrow().name());
    }

    @Test
    void saveIfVersionRefusesAStaleVersionAndKeepsTheOtherSave() {
        UUID id = unit("Huyện Na Hang");
        long stale = new RecordVersions(db.dsl()).current("unit", id).orElseThrow();
        RecordVersions.saveIfVersion(db.dsl(), Tables.UNIT, id, stale, new Values().put(Tables.UNIT.NAME, "Lần 1"));
        assertThrows(ConcurrentEditException.class, () -> RecordVersions.saveIfVersion(db.dsl(), Tables.UNIT, id, stale,
                new Values().put(Tables.UNIT.NAME, "Lần 2")));
        assertEquals("Lần 1", repos.units().find(id).orElseThrow().name());
    }

    @Test
    void aRecordDeletedByAnotherUserIsAConflictThatSaysSo() {
        UUID id = unit("Huyện Chiêm Hóa");
        long readByMe = new RecordVersions(db.dsl()).current("unit", id).orElseThrow();
        repos.units().delete(id);
        ConcurrentEditException e = assertThrows(ConcurrentEditException.class, () -> db.inTransaction(r -> {
            new RecordVersions(db.dsl()).expect("unit", id, readByMe);
            return null;
        }));
        assertTrue(e.deleted());
    }

    @Test
    void aNewRecordPassesWhateverVersionIsExpected() {
        UUID id = UUID.randomUUID();
        long after = RecordVersions.saveExpecting(db, "unit", id, 7, r -> r.units().save(
                new Unit(id, "Xã mới", null, null, UnitLevel.XA, null)));
        assertEquals(0, after);
        assertFalse(repos.units().find(id).isEmpty());
    }

    @Test
    void versionsOfAMeetingsPartsComeTogetherAndOnlyThatMeetings() {
        UUID mine = meeting("Họp của tôi");
        UUID other = meeting("Họp khác");
        Directive saved = new Directive(null, mine, 0, "Kết luận");
        repos.parts().save(saved);
        repos.parts().save(new Directive(saved.id(), mine, 0, "Kết luận sửa"));
        Directive elsewhere = new Directive(null, other, 0, "Kết luận khác");
        repos.parts().save(elsewhere);
        Map<UUID, Long> versions = new RecordVersions(db.dsl()).ofMeeting(mine);
        assertEquals(Map.of(saved.id(), 1L), versions);
    }

    private UUID meeting(String title) {
        Meeting m = new Meeting(null, title, null, LocalDate.of(2026, 11, 2), null, null, null, null, null, null, null,
                MeetingStatus.DRAFT, null);
        repos.meetings().save(m);
        return m.id();
    }
}
