package vn.nghisu.service;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import vn.nghisu.domain.ActionItem;
import vn.nghisu.domain.AgendaItem;
import vn.nghisu.domain.Attendance;
import vn.nghisu.domain.Directive;
import vn.nghisu.domain.Issue;
import vn.nghisu.domain.ListKind;
import vn.nghisu.domain.Meeting;
import vn.nghisu.domain.MeetingStatus;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.Statement;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.WorkingGroup;
import vn.nghisu.domain.ValidationException;
import vn.nghisu.store.ConcurrentEditException;
import vn.nghisu.store.Database;
import vn.nghisu.store.MeetingPartsRepository.Part;
import vn.nghisu.store.RecordVersions;
import vn.nghisu.store.Repositories;

/** Reads and per-record writes of the meeting editor; each save checks {@link MeetingRules} first. */
public final class MeetingEditorService {
    private final Database db;
    private final MeetingService meetings;

    public MeetingEditorService(Database db, MeetingService meetings) {
        this.db = db;
        this.meetings = meetings;
    }

    public EditorData load(UUID meetingId) {
        Repositories r = db.repositories();
        DirectoryService directory = new DirectoryService(db);
        return new EditorData(meetings.load(meetingId).orElseThrow(() -> new ValidationException("editor.notFound")),
                directory.units(), directory.persons(), directory.groups(), r.subCommittees().findAll(),
                r.lists().findAll(ListKind.MEETING_KIND), r.lists().findAll(ListKind.ISSUE_CATEGORY));
    }

    /** A new draft meeting dated today; it needs a row at once so its parts can refer to it. */
    public UUID create(String title, LocalDate date) {
        Meeting m = new Meeting(null, title, null, date, null, null, null, null, null, null, null,
                MeetingStatus.DRAFT, null);
        db.repositories().meetings().save(m);
        return m.id();
    }

    public void save(Meeting m) {
        MeetingRules.require(MeetingRules.title(m.title()));
        MeetingRules.require(MeetingRules.times(m.start(), m.end()));
        db.repositories().meetings().save(m);
    }

    /** The meeting's row version now: read when editing starts, before the meeting itself is loaded. */
    public long version(UUID meetingId) {
        return new RecordVersions(db.dsl()).current("meeting", meetingId).orElse(0L);
    }

    /**
     * Saves the meeting only if nobody else saved it since this editor's version (shared office database);
     * answers the new version. Throws {@link ConcurrentEditException} instead of overwriting the other save.
     */
    public long save(Meeting m, long expectedVersion) {
        MeetingRules.require(MeetingRules.title(m.title()));
        MeetingRules.require(MeetingRules.times(m.start(), m.end()));
        return RecordVersions.saveExpecting(db, "meeting", m.id(), expectedVersion, r -> r.meetings().save(m));
    }

    public void save(Unit unit) {
        db.repositories().units().save(unit);
    }

    public void save(Person person) {
        db.repositories().persons().save(person);
    }

    /** A working group typed in the editor, or its member units as the secretary lists them. */
    public void save(WorkingGroup group) {
        db.repositories().groups().save(group);
    }

    /**
     * The row versions of the meeting's parts now, by id: read when editing starts, before the parts are loaded,
     * and handed back with each part's save so another user's save meanwhile is detected.
     */
    public Map<UUID, Long> partVersions(UUID meetingId) {
        return new RecordVersions(db.dsl()).ofMeeting(meetingId);
    }

    /** One part's row version now (0 when it has no row yet). */
    public long version(EditorPart part, UUID id) {
        return new RecordVersions(db.dsl()).current(part.table(), id).orElse(0L);
    }

    /**
     * The part saves below write only if nobody else saved (or deleted) the row since {@code expected}, and answer
     * the row's new version; a row not yet stored passes. Otherwise {@link ConcurrentEditException}, nothing written.
     */
    public long save(Attendance a, long expected) {
        return saveExpecting(EditorPart.ATTENDANCE, a.id(), expected, r -> r.parts().save(a));
    }

    public long save(AgendaItem a, long expected) {
        return saveExpecting(EditorPart.AGENDA, a.id(), expected, r -> r.parts().save(a));
    }

    public long save(Statement s, long expected) {
        requireValid(s);
        return saveExpecting(EditorPart.STATEMENT, s.id(), expected, r -> r.parts().save(s));
    }

    public long save(Issue i, long expected) {
        return saveExpecting(EditorPart.ISSUE, i.id(), expected, r -> r.issues().save(i));
    }

    public long save(Directive d, long expected) {
        return saveExpecting(EditorPart.DIRECTIVE, d.id(), expected, r -> r.parts().save(d));
    }

    public long save(ActionItem a, long expected) {
        requireValid(a);
        return saveExpecting(EditorPart.ACTION, a.id(), expected, r -> r.actions().save(a));
    }

    private long saveExpecting(EditorPart part, UUID id, long expected, Consumer<Repositories> write) {
        return RecordVersions.saveExpecting(db, part.table(), id, expected, write);
    }

    public void save(Attendance a) {
        db.repositories().parts().save(a);
    }

    public void save(AgendaItem a) {
        db.repositories().parts().save(a);
    }

    public void save(Statement s) {
        requireValid(s);
        db.repositories().parts().save(s);
    }

    public void save(Issue i) {
        db.repositories().issues().save(i);
    }

    public void save(Directive d) {
        db.repositories().parts().save(d);
    }

    public void save(ActionItem a) {
        requireValid(a);
        db.repositories().actions().save(a);
    }

    /** The rules both saves of a statement hold it to (the editor's, with its version, and the plain one). */
    private static void requireValid(Statement s) {
        MeetingRules.require(MeetingRules.speaker(s.speakerId()));
    }

    /** A deadline no earlier than the meeting that gave the action item. */
    private void requireValid(ActionItem a) {
        LocalDate meetingDate = a.meetingId() == null ? null
                : db.repositories().meetings().find(a.meetingId()).map(Meeting::date).orElse(null);
        MeetingRules.require(MeetingRules.deadline(a.deadline(), meetingDate));
    }

    public boolean delete(EditorPart part, UUID id) {
        return delete(db.repositories(), part, id);
    }

    /** Undo of {@link #delete}: the row comes back as it was. */
    public boolean restore(EditorPart part, UUID id) {
        return restore(db.repositories(), part, id);
    }

    /**
     * A delete (and its undo) with no version check: the user chose it knowing of the other's change, or it goes with
     * a record that was checked (a directive's action items); answers the row's version afterwards, read in the same
     * transaction, so the editor's next save of the row does not conflict.
     */
    public long deleteAndVersion(EditorPart part, UUID id) {
        return RecordVersions.writeThenVersion(db, part.table(), id, r -> delete(r, part, id));
    }

    /**
     * The editor's delete: only if nobody else changed the row since {@code expected} (their change would go unseen),
     * else {@link ConcurrentEditException} ({@link ConcurrentEditException#deleting()}), nothing written. A row the
     * other user deleted as well is no conflict. Answers the row's version afterwards.
     */
    public long deleteExpecting(EditorPart part, UUID id, long expected) {
        try {
            return RecordVersions.saveExpecting(db, part.table(), id, expected, r -> delete(r, part, id));
        } catch (ConcurrentEditException e) {
            if (e.deleted()) {
                return e.actual();
            }
            throw e.whileDeleting();
        }
    }

    /** Brings back a meeting someone else deleted while this user edited it (keep mine); answers its version. */
    public long restoreMeetingAndVersion(UUID meetingId) {
        return RecordVersions.writeThenVersion(db, "meeting", meetingId, r -> r.meetings().restore(meetingId));
    }

    public long restoreAndVersion(EditorPart part, UUID id) {
        return RecordVersions.writeThenVersion(db, part.table(), id, r -> restore(r, part, id));
    }

    private static boolean delete(Repositories r, EditorPart part, UUID id) {
        return switch (part) {
            case ISSUE -> r.issues().delete(id);
            case ACTION -> r.actions().delete(id);
            default -> r.parts().delete(partOf(part), id);
        };
    }

    private static boolean restore(Repositories r, EditorPart part, UUID id) {
        return switch (part) {
            case ISSUE -> r.issues().restore(id);
            case ACTION -> r.actions().restore(id);
            default -> r.parts().restore(partOf(part), id);
        };
    }

    private static Part partOf(EditorPart part) {
        return switch (part) {
            case ATTENDANCE -> Part.ATTENDANCE_ROW;
            case AGENDA -> Part.AGENDA;
            case STATEMENT -> Part.STATEMENT_ROW;
            case DIRECTIVE -> Part.DIRECTIVE_ROW;
            default -> throw new IllegalArgumentException(part.name());
        };
    }

    /**
     * Forces what is committed onto the disk (CHECKPOINT SYNC through {@link Database#sync}: one fsync) before the
     * editor says "saved". A plain CHECKPOINT was used before; strace showed it issues no fsync once WRITE_DELAY=0
     * has written the commit's chunk, so an acknowledged save could still be lost in a power cut.
     */
    public void makeDurable() {
        db.sync();
    }

    /**
     * After a failed save, on the worker: whether trying again can help. A conflict with another user's save or a
     * broken rule cannot; anything else (a full disk) can, once the store has fresh connections (H2 closes its
     * file when a write fails).
     */
    public boolean recoverAfterFailedSave(RuntimeException failure) {
        if (failure instanceof ConcurrentEditException || failure instanceof ValidationException) {
            return false;
        }
        db.reopenAfterWriteFailure();
        return true;
    }

    /** Start from a previous meeting: see {@link PreviousMeetingCopier}. */
    public void startFromPrevious(UUID previousId, UUID targetId) {
        db.inTransaction(r -> {
            new PreviousMeetingCopier(r).copy(previousId, targetId);
            return null;
        });
    }
}
