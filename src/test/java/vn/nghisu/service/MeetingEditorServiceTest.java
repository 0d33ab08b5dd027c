package vn.nghisu.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nghisu.domain.ActionItem;
import vn.nghisu.domain.AgendaItem;
import vn.nghisu.domain.Attendance;
import vn.nghisu.domain.Meeting;
import vn.nghisu.domain.MeetingDetail;
import vn.nghisu.domain.Presence;
import vn.nghisu.domain.Statement;
import vn.nghisu.domain.ValidationException;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;

class MeetingEditorServiceTest {
    @TempDir
    Path dir;
    Database db;
    Services services;
    MeetingEditorService editor;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseConfig.embedded(dir));
        services = Services.over(db);
        editor = services.editor();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private MeetingDetail detail(UUID id) {
        return services.meetings().load(id).orElseThrow();
    }

    @Test
    void startFromPreviousCopiesAgendaAttendanceAndWorkingGroupButNotWhatHappened() {
        UUID sample = services.meetings().loadSample();
        UUID next = editor.create("Làm việc với huyện Na Hang", LocalDate.of(2026, 11, 2));
        editor.startFromPrevious(sample, next);
        MeetingDetail before = detail(sample);
        MeetingDetail after = detail(next);
        assertEquals(before.meeting().workingGroupId(), after.meeting().workingGroupId());
        assertEquals(before.agenda().stream().map(AgendaItem::title).toList(),
                after.agenda().stream().map(AgendaItem::title).toList());
        assertEquals(before.agenda().stream().map(AgendaItem::plannedMinutes).toList(),
                after.agenda().stream().map(AgendaItem::plannedMinutes).toList());
        assertEquals(before.attendance().stream().map(Attendance::personId).toList(),
                after.attendance().stream().map(Attendance::personId).toList());
        assertTrue(after.attendance().stream().allMatch(a -> a.presence() == Presence.PRESENT));
        assertTrue(after.statements().isEmpty() && after.issues().isEmpty() && after.directives().isEmpty());
        assertEquals("Làm việc với huyện Na Hang", after.meeting().title());
    }

    @Test
    void startingTwiceFromTheSameMeetingDoesNotDoubleTheAttendance() {
        UUID sample = services.meetings().loadSample();
        UUID next = editor.create("Buổi hai", LocalDate.of(2026, 11, 2));
        editor.startFromPrevious(sample, next);
        editor.startFromPrevious(sample, next);
        assertEquals(detail(sample).attendance().size(), detail(next).attendance().size());
    }

    @Test
    void emptyTitleIsRefusedAndTheStoredMeetingIsUntouched() {
        UUID id = editor.create("Cuộc họp mới", LocalDate.of(2026, 10, 14));
        Meeting m = detail(id).meeting();
        ValidationException e = assertThrows(ValidationException.class, () -> editor.save(m.withTitle("   ")));
        assertEquals("editor.invalid.title", e.key());
        assertEquals("Cuộc họp mới", detail(id).meeting().title());
    }

    @Test
    void endBeforeStartIsRefused() {
        assertEquals("editor.invalid.endBeforeStart",
                MeetingRules.times(LocalTime.of(11, 0), LocalTime.of(8, 0)).orElseThrow());
        assertTrue(MeetingRules.times(LocalTime.of(8, 0), LocalTime.of(11, 15)).isEmpty());
    }

    @Test
    void deadlineBeforeTheMeetingDateIsRefused() {
        UUID id = editor.create("Họp", LocalDate.of(2026, 10, 14));
        ActionItem early = new ActionItem(null, "Báo cáo", id, null, null, null, null, null, List.of(),
                LocalDate.of(2026, 10, 13), null, 0);
        // the editor's save (with the row's version; 0 = not stored yet) and the plain one hold the same rule
        ValidationException e = assertThrows(ValidationException.class, () -> editor.save(early, 0));
        assertEquals("editor.invalid.deadlineBeforeMeeting", e.key());
        assertThrows(ValidationException.class, () -> editor.save(early));
        assertTrue(detail(id).actionItems().isEmpty());
        editor.save(new ActionItem(early.id(), "Báo cáo", id, null, null, null, null, null, List.of(),
                LocalDate.of(2026, 10, 14), null, 0), 0);
        assertEquals(1, detail(id).actionItems().size());
    }

    @Test
    void statementWithoutSpeakerIsRefused() {
        UUID id = editor.create("Họp", LocalDate.of(2026, 10, 14));
        Statement noSpeaker = new Statement(null, id, null, null, 0, "Ý kiến");
        ValidationException e = assertThrows(ValidationException.class, () -> editor.save(noSpeaker, 0));
        assertEquals("editor.invalid.speaker", e.key());
        assertThrows(ValidationException.class, () -> editor.save(noSpeaker));
        assertTrue(detail(id).statements().isEmpty());
    }

    @Test
    void deletedRecordsComeBackWithUndo() {
        UUID sample = services.meetings().loadSample();
        MeetingDetail d = detail(sample);
        UUID statement = d.statements().get(1).id();
        UUID issue = d.issues().get(0).id();
        UUID action = d.actionItems().get(0).id();
        assertTrue(editor.delete(EditorPart.STATEMENT, statement));
        assertTrue(editor.delete(EditorPart.ISSUE, issue));
        assertTrue(editor.delete(EditorPart.ACTION, action));
        MeetingDetail deleted = detail(sample);
        assertEquals(d.statements().size() - 1, deleted.statements().size());
        assertEquals(d.issues().size() - 1, deleted.issues().size());
        assertEquals(d.actionItems().size() - 1, deleted.actionItems().size());
        editor.restore(EditorPart.STATEMENT, statement);
        editor.restore(EditorPart.ISSUE, issue);
        editor.restore(EditorPart.ACTION, action);
        assertEquals(d, detail(sample));
    }
}
