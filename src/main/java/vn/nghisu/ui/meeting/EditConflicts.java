package vn.nghisu.ui.meeting;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.nghisu.service.EditorData;
import vn.nghisu.service.EditorPart;
import vn.nghisu.service.MeetingEditorService;
import vn.nghisu.store.ConcurrentEditException;
import vn.nghisu.ui.task.BackgroundTasks;

/**
 * The editor's saves that met another user's newer save (or delete) of the same record: shown to the user one at a
 * time, and carried out as the user chooses. Neither side is lost silently.
 */
final class EditConflicts {
    final ObjectProperty<ConcurrentEditException> current = new SimpleObjectProperty<>();
    private final MeetingEditorViewModel vm;
    private final EditorVersions versions;
    private final MeetingEditorService service;
    private final BackgroundTasks tasks;
    private final Autosaver autosaver;
    private final Consumer<Throwable> onError;

    EditConflicts(MeetingEditorViewModel vm, EditorVersions versions, MeetingEditorService service,
                  BackgroundTasks tasks, Autosaver autosaver, Consumer<Throwable> onError) {
        this.vm = vm;
        this.versions = versions;
        this.service = service;
        this.tasks = tasks;
        this.autosaver = autosaver;
        this.onError = onError;
        // a failed batch may hold several conflicts, the autosaver reports only its first failure
        autosaver.failureProperty().addListener((o, was, error) -> {
            versions.collect();
            showNext();
        });
    }

    private void showNext() {
        if (current.get() == null) {
            current.set(versions.next());
        }
    }

    /**
     * Saves the screen's version of the record over the stored one (bringing back a deleted meeting or part), or, for
     * this user's delete, deletes it over the other's change.
     */
    void keepMine(ConcurrentEditException c, Function<String, Runnable> saverByKey) {
        ConcurrentEditException newest = versions.settle(c);
        current.set(null);
        if (isMeeting(c)) {
            versions.meeting(newest.actual());
            if (newest.deleted()) {
                autosaver.put("restore:meeting", () -> versions.meeting(service.restoreMeetingAndVersion(vm.meetingId())));
            }
        } else {
            EditorPart part = EditorPart.ofTable(c.table()).orElseThrow();
            versions.part(c.id(), newest.actual());
            if (newest.deleted()) {
                autosaver.put("restore:" + c.id(), () -> versions.part(c.id(), service.restoreAndVersion(part, c.id())));
            }
        }
        Runnable saver = saverByKey.apply(key(c));
        if (saver != null) {
            saver.run();
        }
        showNext();
    }

    /** Drops the screen's unsaved change of the record and shows the stored one; nothing is written. */
    void takeTheirs(ConcurrentEditException c, Consumer<EditorData> reload) {
        versions.settle(c);
        current.set(null);
        autosaver.forget(key(c));
        autosaver.clearFailure();
        tasks.run(() -> {
            if (isMeeting(c)) {
                versions.meeting(service.version(vm.meetingId()));
            } else {
                versions.part(c.id(), service.version(EditorPart.ofTable(c.table()).orElseThrow(), c.id()));
            }
            return service.load(vm.meetingId());
        }, reload, onError::accept);
        showNext();
    }

    private static boolean isMeeting(ConcurrentEditException c) {
        return "meeting".equals(c.table());
    }

    /**
     * The autosave key of the write that met the conflict, as {@link MeetingEditorViewModel#track} (or, for a delete,
     * {@link MeetingEditorViewModel#delete}) names it.
     */
    private static String key(ConcurrentEditException c) {
        if (c.deleting()) {
            return "delete:" + c.id();
        }
        return isMeeting(c) ? "meeting"
                : EditorPart.ofTable(c.table()).orElseThrow().name().toLowerCase(Locale.ROOT) + ":" + c.id();
    }
}
