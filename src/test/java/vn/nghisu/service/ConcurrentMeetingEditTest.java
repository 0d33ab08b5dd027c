package vn.nghisu.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;
import vn.nghisu.domain.ActionItem;
import vn.nghisu.domain.AgendaItem;
import vn.nghisu.domain.Attendance;
import vn.nghisu.domain.Directive;
import vn.nghisu.domain.Issue;
import vn.nghisu.domain.Meeting;
import vn.nghisu.domain.MeetingDetail;
import vn.nghisu.domain.Statement;
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

    @Test
    void everyPartTheEditorSavesIsCheckedAgainstAnotherUsersSaveMeanwhile() {
        MeetingEditorService a = Services.over(first).editor();
        MeetingEditorService b = Services.over(second).editor();
        UUID id = Services.over(first).meetings().loadSample();
        Map<UUID, Long> readByA = a.partVersions(id);
        MeetingDetail d = b.load(id).detail();
        Attendance attendance = d.attendance().get(0);
        AgendaItem agenda = d.agenda().get(0);
        Statement statement = d.statements().get(0);
        Issue issue = d.issues().get(0);
        Directive directive = d.directives().get(0);
        ActionItem action = d.actionItems().get(0);
        b.save(attendance);
        b.save(agenda);
        b.save(statement);
        b.save(issue);
        b.save(directive);
        b.save(action);
        List<Executable> savesByA = List.of(
            () -> a.save(attendance, readByA.get(attendance.id())), () -> a.save(agenda, readByA.get(agenda.id())),
            () -> a.save(statement, readByA.get(statement.id())), () -> a.save(issue, readByA.get(issue.id())),
            () -> a.save(directive, readByA.get(directive.id())), () -> a.save(action, readByA.get(action.id())));
        for (Executable save : savesByA) {
            assertThrows(ConcurrentEditException.class, save);
        }
    }

    @Test
    void aStatementChangedByAnotherUserIsNotOverwrittenUntilTheUserChoosesTo() {
        MeetingEditorService a = Services.over(first).editor();
        MeetingEditorService b = Services.over(second).editor();
        UUID id = Services.over(first).meetings().loadSample();
        Statement read = a.load(id).detail().statements().get(0);
        long readByA = a.partVersions(id).get(read.id());
        b.save(summarized(read, "Ý kiến do B sửa"), b.partVersions(id).get(read.id()));

        Statement mine = summarized(read, "Ý kiến do A sửa");
        ConcurrentEditException conflict = assertThrows(ConcurrentEditException.class, () -> a.save(mine, readByA));
        assertEquals("statement", conflict.table());
        assertEquals(read.id(), conflict.id());
        assertFalse(conflict.deleted());
        assertEquals("Ý kiến do B sửa", summary(b, id, read.id()));

        long next = a.save(mine, conflict.actual());
        assertEquals("Ý kiến do A sửa", summary(b, id, read.id()));
        assertEquals(next, b.version(EditorPart.STATEMENT, read.id()));
    }

    @Test
    void aPartDeletedByAnotherUserIsAConflictToo() {
        MeetingEditorService a = Services.over(first).editor();
        MeetingEditorService b = Services.over(second).editor();
        UUID id = Services.over(first).meetings().loadSample();
        Directive read = a.load(id).detail().directives().get(0);
        long readByA = a.partVersions(id).get(read.id());
        b.delete(EditorPart.DIRECTIVE, read.id());

        ConcurrentEditException conflict = assertThrows(ConcurrentEditException.class,
                () -> a.save(new Directive(read.id(), id, read.position(), "Kết luận của A"), readByA));
        assertTrue(conflict.deleted());
        assertTrue(b.load(id).detail().directives().stream().noneMatch(x -> x.id().equals(read.id())));
    }

    @Test
    void aDeleteOfAPartAnotherUserChangedIsRefusedUntilTheUserChoosesTo() {
        MeetingEditorService a = Services.over(first).editor();
        MeetingEditorService b = Services.over(second).editor();
        UUID id = Services.over(first).meetings().loadSample();
        Statement read = a.load(id).detail().statements().get(0);
        long readByA = a.partVersions(id).get(read.id());
        b.save(summarized(read, "Sửa bởi B"), b.partVersions(id).get(read.id()));

        ConcurrentEditException conflict = assertThrows(ConcurrentEditException.class,
                () -> a.deleteExpecting(EditorPart.STATEMENT, read.id(), readByA));
        assertTrue(conflict.deleting());
        assertFalse(conflict.deleted());
        assertEquals("concurrent.deleting", conflict.key());
        assertTrue(b.load(id).detail().statements().stream().anyMatch(x -> x.summary().equals("Sửa bởi B")),
                "the other user's change is not deleted unseen");

        a.deleteExpecting(EditorPart.STATEMENT, read.id(), conflict.actual());
        assertTrue(b.load(id).detail().statements().stream().noneMatch(x -> x.id().equals(read.id())));
    }

    @Test
    void deletingWhatAnotherUserDeletedMeanwhileIsNoConflict() {
        MeetingEditorService a = Services.over(first).editor();
        MeetingEditorService b = Services.over(second).editor();
        UUID id = Services.over(first).meetings().loadSample();
        Directive read = a.load(id).detail().directives().get(0);
        long readByA = a.partVersions(id).get(read.id());
        b.delete(EditorPart.DIRECTIVE, read.id());

        long after = a.deleteExpecting(EditorPart.DIRECTIVE, read.id(), readByA);
        assertEquals(b.version(EditorPart.DIRECTIVE, read.id()), after);
        assertTrue(b.load(id).detail().directives().stream().noneMatch(x -> x.id().equals(read.id())));
    }

    @Test
    void aMeetingAnotherUserDeletedCanBeBroughtBack() {
        MeetingEditorService a = Services.over(first).editor();
        UUID id = a.create("Làm việc với xã Thổ Bình", LocalDate.of(2026, 11, 5));
        long readByA = a.version(id);
        Meeting mine = retitled(a.load(id).detail().meeting(), "Sửa bởi A");
        second.repositories().meetings().delete(id);
        ConcurrentEditException conflict = assertThrows(ConcurrentEditException.class, () -> a.save(mine, readByA));
        assertTrue(conflict.deleted());

        long restored = a.restoreMeetingAndVersion(id);
        a.save(mine, restored);
        assertTrue(Services.over(second).meetings().list().stream().anyMatch(m -> m.id().equals(id)),
                "listed again");
        assertEquals("Sửa bởi A", title(a, id));
    }

    @Test
    void aNewPartPassesAndItsNextSaveExpectsTheVersionAnswered() {
        MeetingEditorService a = Services.over(first).editor();
        UUID id = a.create("Làm việc với xã Thượng Lâm", LocalDate.of(2026, 11, 4));
        Directive directive = new Directive(null, id, 0, "Kết luận");
        long version = a.save(directive, 0);
        version = a.save(new Directive(directive.id(), id, 0, "Kết luận đã sửa"), version);
        assertEquals(version, a.partVersions(id).get(directive.id()));
        assertEquals("Kết luận đã sửa", a.load(id).detail().directives().get(0).text());
    }

    private static Statement summarized(Statement s, String summary) {
        return new Statement(s.id(), s.meetingId(), s.agendaItemId(), s.speakerId(), s.position(), summary);
    }

    private static String summary(MeetingEditorService s, UUID meetingId, UUID statementId) {
        return s.load(meetingId).detail().statements().stream().filter(x -> x.id().equals(statementId))
                .findFirst().orElseThrow().summary();
    }

    private static String title(MeetingEditorService s, UUID id) {
        return s.load(id).detail().meeting().title();
    }

    private static Meeting retitled(Meeting m, String title) {
        return new Meeting(m.id(), title, m.kindId(), m.date(), m.start(), m.end(), m.place(), m.hostUnitId(),
                m.workingGroupId(), m.chairId(), m.secretaryId(), m.status(), m.closingNote());
    }
}
